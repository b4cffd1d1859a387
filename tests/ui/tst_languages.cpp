// The main window in each shipped language: the tabs really are translated (the .qm files load and
// the window's strings go through them), and a screenshot of each is saved for review.
#include "tests/ui/memorysecretstore.h"
#include "tests/ui/uitestsupport.h"
#include "ui/databaseworker.h"
#include "ui/mainwindow.h"
#include "ui/tabs/dashboardtab.h"
#include "ui/translations.h"

#include <QMenuBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;
using namespace Tsuzuki::Test;

class TestLanguages final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mainWindowInEachLanguage_data();
    void mainWindowInEachLanguage();

private:
    QStringList captureTabs(const QString &language, bool screenshot);

    QTemporaryDir m_home;
    QStringList m_english;
};

void TestLanguages::initTestCase()
{
    QVERIFY(m_home.isValid());
    isolateSettings(m_home);
    QVERIFY2(Translations::availableLanguages().contains(u"ja"_s),
        qPrintable(Translations::searchPaths().join(u", "_s)));
    QVERIFY(Translations::availableLanguages().contains(u"de"_s));
    m_english = captureTabs(u"en"_s, false);
    QCOMPARE(m_english.size(), 5);
    QCOMPARE(m_english.at(1), u"&Mappings"_s);
}

QStringList TestLanguages::captureTabs(const QString &language, bool screenshot)
{
    const QString inUse = Translations::install(language);
    if (inUse != language)
        return { u"language not installed: "_s + inUse };
    TestDatabase db(Backend::Sqlite);
    DatabaseWorker worker;
    MemorySecretStore secrets;
    MainWindow window(&worker, &secrets);
    QSignalSpy dashboard(window.dashboardTab(), &DashboardTab::reloaded);
    window.openDatabase(db.spec());
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !(dashboard.count() > 0 || dashboard.wait(20000)))
        return { u"window did not come up"_s };
    QStringList tabs;
    auto *tabWidget = window.findChild<QTabWidget *>(u"mainTabs"_s);
    for (int i = 0; tabWidget && i < tabWidget->count(); ++i)
        tabs << tabWidget->tabText(i);
    if (screenshot && !saveScreenshot(&window, u"mainwindow-lang-"_s + language))
        return { u"screenshot failed"_s };
    return tabs;
}

void TestLanguages::mainWindowInEachLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("ja") << u"ja"_s;
    QTest::newRow("de") << u"de"_s;
}

void TestLanguages::mainWindowInEachLanguage()
{
    QFETCH(QString, language);
    const QStringList tabs = captureTabs(language, true);
    QCOMPARE(tabs.size(), m_english.size());
    int translated = 0;
    for (int i = 0; i < tabs.size(); ++i)
        translated += tabs.at(i) != m_english.at(i) ? 1 : 0;
    if (language == u"en"_s)
        QCOMPARE(translated, 0);
    else
        QVERIFY2(translated >= 4, qPrintable(tabs.join(u" | "_s))); // a loan word may stay as it is
    Translations::install(u"en"_s);
}

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
