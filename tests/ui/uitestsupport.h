#pragma once

#include "tests/support/testdatabase.h"

#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>
#include <QWidget>

namespace Tsuzuki::Test {

/// Keeps GUI tests away from the user's settings: QSettings and QStandardPaths point into a
/// temporary folder. Call first in initTestCase().
inline void isolateSettings(const QTemporaryDir &dir)
{
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
}

/// Renders `widget` (and its children) into a PNG under the test artefacts; true if written.
inline bool saveScreenshot(QWidget *widget, const QString &name)
{
    const QString path = artifactPath(name + QStringLiteral(".png"));
    return widget->grab().save(path, "PNG");
}

} // namespace Tsuzuki::Test
