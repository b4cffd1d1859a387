#pragma once

#include <QLoggingCategory>

// Debug output only. What the user reads is the activity log (the `logs` table, LogRepository).
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcAniList)
Q_DECLARE_LOGGING_CATEGORY(lcTrakt)
Q_DECLARE_LOGGING_CATEGORY(lcTmdb)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcMapping)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
