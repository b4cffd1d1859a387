// ui/translations.{h,cpp}: the language follows the system locale unless overridden, the .qm files
// are found where the build and the package put them, and switching the language at run time
// replaces the translators.
#include "ui/translations.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;

namespace {
QString sample()
{
    // A core string in the "Tsuzuki" context (core/auth/secretkeys.cpp).
    return QCoreApplication::translate("Tsuzuki", "Trakt access token");
}
} // namespace

class TestTranslationLoader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void localeFor_data();
    void localeFor();
    void availableLanguages();
    void install_data();
    void install();
    void switchAtRunTime();
    void missingDirectoryFallsBackToEnglish();
};

void TestTranslationLoader::initTestCase()
{
    const QString qmDir = qEnvironmentVariable("TSUZUKI_QM_DIR");
    QVERIFY2(!qmDir.isEmpty(), "TSUZUKI_QM_DIR is not set");
    qputenv("TSUZUKI_TRANSLATIONS_DIR", qmDir.toLocal8Bit());
    QCOMPARE(Translations::searchPaths().constFirst(), qmDir);
}

void TestTranslationLoader::localeFor_data()
{
    QTest::addColumn<QString>("override");
    QTest::addColumn<bool>("followsSystem");
    QTest::addColumn<QLocale::Language>("language");
    QTest::newRow("empty = system") << QString() << true << QLocale::system().language();
    QTest::newRow("blank = system") << u"  "_s << true << QLocale::system().language();
    QTest::newRow("ja") << u"ja"_s << false << QLocale::Japanese;
    QTest::newRow("de") << u"de"_s << false << QLocale::German;
    QTest::newRow("de_AT") << u"de_AT"_s << false << QLocale::German;
    QTest::newRow("en") << u"en"_s << false << QLocale::English;
    QTest::newRow("nonsense = system") << u"zz-nonsense"_s << true << QLocale::system().language();
}

void TestTranslationLoader::localeFor()
{
    QFETCH(QString, override);
    QFETCH(bool, followsSystem);
    QFETCH(QLocale::Language, language);
    const QLocale locale = Translations::localeFor(override);
    QCOMPARE(locale.language(), language);
    if (followsSystem)
        QCOMPARE(locale, QLocale::system());
}

void TestTranslationLoader::availableLanguages()
{
    const QStringList languages = Translations::availableLanguages();
    QVERIFY2(languages.contains(u"en"_s), qPrintable(languages.join(u',')));
    QVERIFY2(languages.contains(u"ja"_s), qPrintable(languages.join(u',')));
    QVERIFY2(languages.contains(u"de"_s), qPrintable(languages.join(u',')));
    QStringList sorted = languages;
    sorted.sort();
    QCOMPARE(languages, sorted);
    QCOMPARE(QStringList(languages).removeDuplicates(), 0);
}

void TestTranslationLoader::install_data()
{
    QTest::addColumn<QString>("override");
    QTest::addColumn<QString>("inUse");
    QTest::addColumn<QString>("text");
    QTest::newRow("ja") << u"ja"_s << u"ja"_s << u"Trakt アクセストークン"_s;
    QTest::newRow("de") << u"de"_s << u"de"_s << u"Trakt-Zugriffstoken"_s;
    QTest::newRow("de_CH falls back to de") << u"de_CH"_s << u"de"_s << u"Trakt-Zugriffstoken"_s;
    QTest::newRow("en is the source") << u"en"_s << u"en"_s << u"Trakt access token"_s;
    QTest::newRow("fr has no translation") << u"fr"_s << u"en"_s << u"Trakt access token"_s;
}

void TestTranslationLoader::install()
{
    QFETCH(QString, override);
    QFETCH(QString, inUse);
    QFETCH(QString, text);
    QCOMPARE(Translations::install(override), inUse);
    QCOMPARE(sample(), text);
    QCOMPARE(QLocale().language(), Translations::localeFor(override).language());
}

void TestTranslationLoader::switchAtRunTime()
{
    QCOMPARE(Translations::install(u"ja"_s), u"ja"_s);
    QCOMPARE(sample(), u"Trakt アクセストークン"_s);
    QCOMPARE(Translations::install(u"de"_s), u"de"_s);
    QCOMPARE(
        sample(), u"Trakt-Zugriffstoken"_s); // the Japanese translator is gone, not only shadowed
    QCOMPARE(Translations::install(u"en"_s), u"en"_s);
    QCOMPARE(sample(), u"Trakt access token"_s);
}

void TestTranslationLoader::missingDirectoryFallsBackToEnglish()
{
    const QByteArray saved = qgetenv("TSUZUKI_TRANSLATIONS_DIR");
    qputenv("TSUZUKI_TRANSLATIONS_DIR", "/nonexistent/tsuzuki-translations");
    const QString inUse = Translations::install(u"ja"_s);
    qputenv("TSUZUKI_TRANSLATIONS_DIR", saved);
    // The test binary lives in <build>/tests/packaging, so no other search path holds the .qm
    // files.
    QCOMPARE(inUse, u"en"_s);
    QCOMPARE(sample(), u"Trakt access token"_s);
}

QTEST_GUILESS_MAIN(TestTranslationLoader)
#include "tst_translationloader.moc"
