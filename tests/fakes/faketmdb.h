#pragma once

#include "tests/fakes/fakedata.h"
#include "tests/fakes/fakeserver.h"

#include <QHash>

namespace Tsuzuki {

/// Fake TMDB v3: GET /tv/{id}/external_ids and /movie/{id}/external_ids, authorised by the
/// `api_key` query parameter or `Authorization: Bearer <read token>`.
class FakeTmdb final : public FakeServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeTmdb)

public:
    explicit FakeTmdb(QObject *parent = nullptr);

    void setCredentials(const QString &apiKey, const QString &readToken);
    QString apiKey() const { return m_apiKey; }
    QString readToken() const { return m_readToken; }
    /// imdb: "tt..", "" or null; tvdb: a number or null (tv only).
    void addExternalIds(const FakeTmdbExternalIds &ids);
    void addTv(qint64 tmdbId, const QJsonValue &imdbId, const QJsonValue &tvdbId);
    void addMovie(qint64 tmdbId, const QJsonValue &imdbId);
    void loadLibrary(const FakeLibrary &library);
    void loadScenario(const QJsonObject &tmdb);

protected:
    FakeResponse route(const FakeRequest &request, QString *authLabel) override;
    FakeResponse expiredTokenResponse() const override;
    FakeResponse statusResponse(int status) const override;

private:
    QString m_apiKey = QStringLiteral("fake-tmdb-key");
    QString m_readToken = QStringLiteral("fake-tmdb-read-token");
    QHash<qint64, FakeTmdbExternalIds> m_tv;
    QHash<qint64, FakeTmdbExternalIds> m_movies;
};

} // namespace Tsuzuki
