#include "tests/fakes/fakeservices.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

FakeServices::FakeServices(QObject *parent)
    : QObject(parent)
    , m_anilist(new FakeAniList(this))
    , m_trakt(new FakeTrakt(this))
    , m_tmdb(new FakeTmdb(this))
{ }

bool FakeServices::listen(quint16 port)
{
    if (port == 0)
        return m_anilist->listen(0) && m_trakt->listen(0) && m_tmdb->listen(0);
    return m_anilist->listen(port) && m_trakt->listen(quint16(port + 1))
        && m_tmdb->listen(quint16(port + 2));
}

QJsonObject FakeServices::urls() const
{
    return QJsonObject { { u"anilist"_s, m_anilist->baseUrl().toString() },
        { u"trakt"_s, m_trakt->baseUrl().toString() },
        { u"traktAuth"_s, m_trakt->authUrl().toString() },
        { u"tmdb"_s, m_tmdb->baseUrl().toString() } };
}

void FakeServices::exportEnvironment() const
{
    qputenv("TSUZUKI_ANILIST_URL", m_anilist->baseUrl().toString().toUtf8());
    qputenv("TSUZUKI_TRAKT_URL", m_trakt->baseUrl().toString().toUtf8());
    qputenv("TSUZUKI_TRAKT_AUTH_URL", m_trakt->authUrl().toString().toUtf8());
    qputenv("TSUZUKI_TMDB_URL", m_tmdb->baseUrl().toString().toUtf8());
}

FakeServer *FakeServices::service(const QString &name)
{
    if (name == u"anilist"_s)
        return m_anilist;
    if (name == u"trakt"_s)
        return m_trakt;
    if (name == u"tmdb"_s)
        return m_tmdb;
    return nullptr;
}

bool FakeServices::addFault(const QJsonObject &f, QString *error)
{
    FakeServer *target = service(f.value(u"service"_s).toString());
    if (!target) {
        if (error)
            *error = u"fault: unknown service \"%1\""_s.arg(f.value(u"service"_s).toString());
        return false;
    }
    bool ok = false;
    const FakeFault fault = FakeFault::fromJson(f, &ok);
    if (!ok) {
        if (error)
            *error = u"fault: unknown kind \"%1\""_s.arg(f.value(u"kind"_s).toString());
        return false;
    }
    target->addFault(f.value(u"method"_s).toString(), f.value(u"path"_s).toString(), fault,
        f.value(u"times"_s).toInt(1), f.value(u"body"_s).toString());
    return true;
}

void FakeServices::loadLibrary(const FakeLibrary &library)
{
    m_anilist->loadLibrary(library);
    m_trakt->loadLibrary(library);
    m_tmdb->loadLibrary(library);
}

bool FakeServices::loadScenario(const QJsonObject &scenario, QString *error)
{
    if (scenario.contains(u"generate"_s)) {
        const QJsonObject g = scenario.value(u"generate"_s).toObject();
        FakeLibrary lib = FakeData::generateLibrary(g.value(u"entries"_s).toInt(300),
            g.value(u"episodes"_s).toInt(4000), quint32(g.value(u"seed"_s).toInt(1)));
        if (g.contains(u"token"_s))
            lib.token = g.value(u"token"_s).toString();
        if (g.contains(u"userName"_s))
            lib.userName = g.value(u"userName"_s).toString();
        loadLibrary(lib);
    }
    m_anilist->loadScenario(scenario.value(u"anilist"_s).toObject());
    m_trakt->loadScenario(scenario.value(u"trakt"_s).toObject());
    m_tmdb->loadScenario(scenario.value(u"tmdb"_s).toObject());
    for (const QJsonValue &v : scenario.value(u"faults"_s).toArray()) {
        if (!addFault(v.toObject(), error))
            return false;
    }
    return true;
}

bool FakeServices::loadScenarioFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"cannot open %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = u"%1: %2 at offset %3"_s.arg(path, parseError.errorString())
                         .arg(parseError.offset);
        return false;
    }
    return loadScenario(doc.object(), error);
}

} // namespace Tsuzuki
