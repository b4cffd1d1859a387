#include "logging.h"

// Debug and info output is off unless turned on (QT_LOGGING_RULES="tsuzuki.*.debug=true" or
// --verbose).

Q_LOGGING_CATEGORY(lcStore, "tsuzuki.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcNet, "tsuzuki.net", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAniList, "tsuzuki.net.anilist", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTrakt, "tsuzuki.net.trakt", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTmdb, "tsuzuki.net.tmdb", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAuth, "tsuzuki.auth", QtWarningMsg)
Q_LOGGING_CATEGORY(lcMapping, "tsuzuki.mapping", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSync, "tsuzuki.sync", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "tsuzuki.ui", QtWarningMsg)
