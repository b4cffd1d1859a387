#include "logging.h"

Q_LOGGING_CATEGORY(lcStore, "tsuzuki.store")
Q_LOGGING_CATEGORY(lcNet, "tsuzuki.net")
Q_LOGGING_CATEGORY(lcAniList, "tsuzuki.net.anilist")
Q_LOGGING_CATEGORY(lcTrakt, "tsuzuki.net.trakt")
Q_LOGGING_CATEGORY(lcTmdb, "tsuzuki.net.tmdb")
Q_LOGGING_CATEGORY(lcAuth, "tsuzuki.auth")
Q_LOGGING_CATEGORY(lcMapping, "tsuzuki.mapping")
Q_LOGGING_CATEGORY(lcSync, "tsuzuki.sync")
Q_LOGGING_CATEGORY(lcUi, "tsuzuki.ui")
