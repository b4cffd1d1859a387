#pragma once

#include "tests/fakes/fakeanilist.h"
#include "tests/fakes/faketmdb.h"
#include "tests/fakes/faketrakt.h"

#include <QObject>

namespace Tsuzuki {

/// The three fakes together, as tests and tsuzuki-fakes use them.
class FakeServices final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeServices)

public:
    explicit FakeServices(QObject *parent = nullptr);

    FakeAniList &anilist() { return *m_anilist; }
    FakeTrakt &trakt() { return *m_trakt; }
    FakeTmdb &tmdb() { return *m_tmdb; }

    /// port 0: three free ports; else AniList on port, Trakt on port+1, TMDB on port+2.
    bool listen(quint16 port = 0);
    /// {"anilist": url, "trakt": url, "traktAuth": url, "tmdb": url}
    QJsonObject urls() const;
    /// Sets TSUZUKI_ANILIST_URL, TSUZUKI_TRAKT_URL, TSUZUKI_TRAKT_AUTH_URL, TSUZUKI_TMDB_URL.
    void exportEnvironment() const;

    /// Loads a scenario (see README.md). Returns false and sets *error on a bad file.
    bool loadScenario(const QJsonObject &scenario, QString *error = nullptr);
    bool loadScenarioFile(const QString &path, QString *error = nullptr);
    /// Puts a generated library into all three services (user token = library.token).
    void loadLibrary(const FakeLibrary &library);
    /// One fault object of a scenario's "faults" array: {service, method, path, body, times, kind,
    /// ...}.
    bool addFault(const QJsonObject &fault, QString *error = nullptr);
    FakeServer *service(const QString &name);

private:
    FakeAniList *m_anilist;
    FakeTrakt *m_trakt;
    FakeTmdb *m_tmdb;
};

} // namespace Tsuzuki
