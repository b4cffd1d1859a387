#include "core/sync/writepacer.h"

#include "core/log/logging.h"
#include "core/store/configrepository.h"
#include "core/store/database.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

TraktWritePacer::TraktWritePacer(Database &db, int spacingMs, Clock clock)
    : m_db(&db)
    , m_spacingMs(std::max(0, spacingMs))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{ }

qint64 TraktWritePacer::waitMs() const
{
    if (m_spacingMs <= 0)
        return 0;
    bool ok = false;
    const qint64 last = ConfigRepository(*m_db).value(QString::fromLatin1(Key)).toLongLong(&ok);
    if (!ok || last <= 0)
        return 0;
    return std::clamp<qint64>(last + m_spacingMs - m_clock(), 0, m_spacingMs);
}

void TraktWritePacer::recordWrite() const
{
    if (auto r = ConfigRepository(*m_db).set(QString::fromLatin1(Key), QString::number(m_clock()));
        !r)
        qCWarning(lcSync) << "could not store the time of the last Trakt write:"
                          << r.error().toString();
}

} // namespace Tsuzuki
