#include "core/common/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Tsuzuki::Translations {

namespace {

QPointer<QTranslator> s_app;
QPointer<QTranslator> s_qt;

void removeInstalled()
{
    for (QPointer<QTranslator> *t : { &s_app, &s_qt }) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete t->data();
        }
    }
}

} // namespace

QStringList searchPaths()
{
    QStringList paths;
    const QString env = qEnvironmentVariable("TSUZUKI_TRANSLATIONS_DIR");
    if (!env.isEmpty())
        paths << env;
    const QDir bin(QCoreApplication::applicationDirPath());
    paths << QDir::cleanPath(bin.filePath(u"../share/tsuzuki/translations"_s))
          << bin.filePath(u"translations"_s) << QDir::cleanPath(bin.filePath(u"../translations"_s));
    return paths;
}

QStringList availableLanguages()
{
    QStringList languages { u"en"_s };
    for (const QString &path : searchPaths()) {
        const QStringList files = QDir(path).entryList({ u"tsuzuki_*.qm"_s }, QDir::Files);
        for (const QString &file : files) {
            const QString lang = QFileInfo(file).completeBaseName().mid(8); // after "tsuzuki_"
            if (!lang.isEmpty() && !languages.contains(lang))
                languages << lang;
        }
    }
    languages.sort();
    return languages;
}

QLocale localeFor(const QString &override)
{
    const QString name = override.trimmed();
    if (name.isEmpty())
        return QLocale::system();
    const QLocale locale(name);
    // QLocale("xx") for an unknown name is the C locale: fall back to the system then.
    return locale.language() == QLocale::C ? QLocale::system() : locale;
}

QString install(const QString &override)
{
    removeInstalled();
    const QLocale locale = localeFor(override);
    // Setting the default locale too makes numbers and dates follow an override, not only the
    // texts.
    QLocale::setDefault(locale);

    auto *app = new QTranslator(QCoreApplication::instance());
    bool loaded = false;
    for (const QString &path : searchPaths()) {
        if (app->load(locale, u"tsuzuki"_s, u"_"_s, path)) {
            loaded = true;
            break;
        }
    }
    // No translation for the locale (or the C locale): English, whose file holds the plural
    // forms ("1 play", "2 plays").
    for (const QString &path : searchPaths()) {
        if (loaded)
            break;
        loaded = app->load(u"tsuzuki_en"_s, path);
    }
    if (!loaded) {
        delete app;
        return u"en"_s;
    }
    QCoreApplication::installTranslator(app);
    s_app = app;

    // Qt's own strings (standard buttons, context menus) in the same language, when the system has
    // them.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        s_qt = qt;
    } else {
        delete qt;
    }
    return app->language().section(u'_', 0, 0).section(u'-', 0, 0);
}

} // namespace Tsuzuki::Translations
