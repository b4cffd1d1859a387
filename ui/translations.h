#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace Tsuzuki {

/// Loads Tsuzuki's and Qt's own translations. QtCore only, so the GUI and the CLI can both use it.
/// Written for issue 7 (packaging/translations); the .qm files come from
/// translations/tsuzuki_<lang>.ts.
namespace Translations {

/// QSettings key of the language override: a language name ("ja", "de", "en"); empty or absent =
/// system locale.
inline constexpr auto LanguageSettingKey = "ui/language";

/// Where tsuzuki_<lang>.qm is looked for, first hit wins: $TSUZUKI_TRANSLATIONS_DIR, then beside
/// the installed program (<bindir>/../share/tsuzuki/translations, <bindir>/translations) and the
/// build tree
/// (<build>/app/../translations).
QStringList searchPaths();

/// "en" (the source language) and every language with a tsuzuki_<lang>.qm in searchPaths(), sorted.
QStringList availableLanguages();

/// The locale to translate into: `override` when it names a language, else the system locale.
QLocale localeFor(const QString &override);

/// Installs the translators for `override` (see localeFor) on QCoreApplication, replacing any
/// installed by an earlier call, so the language can change at run time (widgets then get
/// QEvent::LanguageChange). Returns the language now in use ("en" when no translation matched).
/// Call after the QCoreApplication exists.
QString install(const QString &override = {});

} // namespace Translations

} // namespace Tsuzuki
