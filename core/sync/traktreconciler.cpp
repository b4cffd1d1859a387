#include "core/sync/traktreconciler.h"

#include "core/log/logging.h"
#include "core/net/traktclient.h"
#include "core/store/configrepository.h"
#include "core/store/database.h"
#include "core/store/watchedrepository.h"

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QString accountOf(const TraktUserSettings &settings)
{
    return settings.slug.isEmpty() ? settings.username : settings.slug;
}

} // namespace

TraktReconciler::TraktReconciler(Database &db, TraktClient *trakt, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_trakt(trakt)
{ }

void TraktReconciler::refresh(bool checkAccount, Done done)
{
    m_requests = 0;
    const QString stored = ConfigRepository(m_db).value(key(ConfigKey::TraktWatchedAccount));
    if (!checkAccount && m_settings) {
        const QString account = accountOf(*m_settings);
        readActivities(account, account != stored, std::move(done));
        return;
    }
    ++m_requests;
    m_trakt->userSettings(this, [this, stored, done](const Result<TraktUserSettings> &settings) {
        if (!settings) {
            done(settings.error());
            return;
        }
        m_settings = settings.value();
        const QString account = accountOf(settings.value());
        if (!stored.isEmpty() && account != stored)
            qCInfo(lcSync) << "another Trakt account is logged in: its watched state is read anew";
        readActivities(account, account != stored, done);
    });
}

void TraktReconciler::readActivities(const QString &account, bool accountChanged, Done done)
{
    ++m_requests;
    m_trakt->lastActivities(
        this, [this, account, accountChanged, done](const Result<TraktLastActivities> &last) {
            if (!last) {
                done(last.error());
                return;
            }
            ConfigRepository config(m_db);
            const TraktLastActivities &a = last.value();
            // A time Trakt did not send (or sent unreadably) counts as changed: read again.
            const bool shows = accountChanged || a.episodesWatchedText.isEmpty()
                || config.value(key(ConfigKey::TraktWatchedEpisodesActivity))
                    != a.episodesWatchedText;
            const bool movies = accountChanged || a.moviesWatchedText.isEmpty()
                || config.value(key(ConfigKey::TraktWatchedMoviesActivity)) != a.moviesWatchedText;
            readWatched(shows, movies, account, accountChanged, a, done);
        });
}

void TraktReconciler::readWatched(bool shows, bool movies, const QString &account,
    bool accountChanged, const TraktLastActivities &activities, Done done)
{
    auto readMovies = [this, movies, account, accountChanged, activities, done](
                          const std::optional<QList<TraktWatchedItem>> &showItems) {
        if (!movies) {
            done(store(account, accountChanged, activities, showItems, std::nullopt));
            return;
        }
        ++m_requests;
        m_trakt->watched(TraktClient::MediaType::Movie, this,
            [this, account, accountChanged, activities, showItems, done](
                const Result<QList<TraktWatchedItem>> &items) {
                if (!items) {
                    done(items.error());
                    return;
                }
                done(store(account, accountChanged, activities, showItems, items.value()));
            });
    };
    if (!shows) {
        readMovies(std::nullopt);
        return;
    }
    ++m_requests;
    m_trakt->watched(TraktClient::MediaType::Show, this,
        [readMovies, done](const Result<QList<TraktWatchedItem>> &items) {
            if (!items) {
                done(items.error());
                return;
            }
            readMovies(items.value());
        });
}

Result<TraktReconciler::State> TraktReconciler::store(const QString &account, bool accountChanged,
    const TraktLastActivities &activities, const std::optional<QList<TraktWatchedItem>> &shows,
    const std::optional<QList<TraktWatchedItem>> &movies)
{
    const QDateTime now = Database::nowUtc();
    // The rows and the times they were read at change together or not at all: a crash between
    // them must not leave new times over old rows.
    auto written = m_db.transaction([&]() -> Result<void> {
        ConfigRepository config(m_db);
        WatchedRepository watched(m_db);
        if (accountChanged) {
            if (auto r = watched.clear(); !r)
                return r;
            if (auto r = config.set(key(ConfigKey::TraktWatchedAccount), account); !r)
                return r;
        }
        if (shows) {
            if (auto r = watched.replace(false, *shows, now); !r)
                return r;
            if (auto r = config.set(
                    key(ConfigKey::TraktWatchedEpisodesActivity), activities.episodesWatchedText);
                !r)
                return r;
        }
        if (movies) {
            if (auto r = watched.replace(true, *movies, now); !r)
                return r;
            if (auto r = config.set(
                    key(ConfigKey::TraktWatchedMoviesActivity), activities.moviesWatchedText);
                !r)
                return r;
        }
        return {};
    });
    if (!written)
        return written.error();
    State state;
    state.account = account;
    state.showsRead = shows.has_value();
    state.moviesRead = movies.has_value();
    state.requests = m_requests;
    const QString stamp
        = account + u'|' + activities.episodesWatchedText + u'|' + activities.moviesWatchedText;
    if (!m_index || shows || movies || stamp != m_indexStamp) {
        auto rows = WatchedRepository(m_db).all();
        if (!rows)
            return rows.error();
        m_index = std::make_shared<const TraktWatchedIndex>(rows.value());
        m_indexStamp = stamp;
    }
    state.index = m_index;
    qCInfo(lcSync) << "Trakt watched state:" << m_index->showCount() << "shows,"
                   << m_index->episodeCount() << "episodes," << m_index->movieCount()
                   << "movies; read now: shows" << state.showsRead << "movies" << state.moviesRead;
    return state;
}

} // namespace Tsuzuki
