// The main window in each shipped language: the tabs really are translated (the .qm files load and
// the window's strings go through them), and a screenshot of each is saved for review. Qt's own
// strings follow the language, plurals are real ("1 play", "2 plays"), no two accelerators of one
// window or menu collide, and the window fits 1024×700 without scrolling sideways.
#include "core/common/timeformat.h"
#include "core/common/translations.h"
#include "core/store/databasethread.h"
#include "tests/ui/uitestsupport.h"
#include "ui/dialogs/settingsdialog.h"
#include "ui/dialogs/setupwizard.h"
#include "ui/mainwindow.h"
#include "ui/tabs/dashboardtab.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
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
    void qtStringsAndPluralsFollowTheLanguage_data() { mainWindowInEachLanguage_data(); }
    void qtStringsAndPluralsFollowTheLanguage();
    void acceleratorsDoNotCollide_data() { mainWindowInEachLanguage_data(); }
    void acceleratorsDoNotCollide();
    void fitsIn1024x700_data() { mainWindowInEachLanguage_data(); }
    void fitsIn1024x700();

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
    AppFixture app;
    app.useDatabase(db.spec());
    if (!app.start())
        return { u"the app did not open its database"_s };
    MainWindow &window = *app.window();
    QSignalSpy dashboard(window.dashboardTab(), &DashboardTab::reloaded);
    window.dashboardTab()->reload();
    if (!QTest::qWaitForWindowExposed(&window) || !dashboard.wait(20000))
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

void TestLanguages::qtStringsAndPluralsFollowTheLanguage()
{
    QFETCH(QString, language);
    QCOMPARE(Translations::install(language), language);
    // Qt's own buttons (qtbase_<lang>.qm).
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    const QString cancel = box.button(QDialogButtonBox::Cancel)->text().remove(u'&');
    const QHash<QString, QString> expected { { u"en"_s, u"Cancel"_s }, { u"ja"_s, u"キャンセル"_s },
        { u"de"_s, u"Abbrechen"_s } };
    QVERIFY2(cancel.startsWith(expected.value(language)), qPrintable(cancel));
    // Real plurals and translated relative times: never "(s)", never English words in ja/de.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int n : { 1, 2, 5 }) {
        const QString plays
            = QCoreApplication::translate("Tsuzuki::PreviewModel", "%n play(s)", nullptr, n);
        QVERIFY2(
            !plays.contains(u"(s)"_s) && plays.contains(QString::number(n)), qPrintable(plays));
        const QString ago = formatRelative(now.addDays(-n), now);
        QVERIFY2(!ago.contains(u"(s)"_s), qPrintable(ago));
        if (language != u"en"_s)
            QVERIFY2(!ago.contains(u"day"_s), qPrintable(ago));
    }
    if (language == u"en"_s) {
        QCOMPARE(QCoreApplication::translate("Tsuzuki::PreviewModel", "%n play(s)", nullptr, 1),
            u"1 play"_s);
        QCOMPARE(formatRelative(now.addDays(-2), now), u"2 days ago"_s);
    }
    Translations::install(u"en"_s);
}

namespace {
/// The accelerator of a text ("&Sync" → 's'), or 0.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) == u'&') {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
    }
    return {};
}

/// Texts that share one accelerator: "s: &Sync / &Settings".
QStringList collisions(const QStringList &texts)
{
    QHash<QChar, QStringList> byKey;
    for (const QString &text : texts) {
        const QChar key = mnemonic(text);
        if (!key.isNull())
            byKey[key] << text;
    }
    QStringList out;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it.value().size() > 1)
            out << QString(it.key()) + u": "_s + it.value().join(u" / "_s);
    }
    return out;
}
} // namespace

void TestLanguages::acceleratorsDoNotCollide()
{
    QFETCH(QString, language);
    QCOMPARE(Translations::install(language), language);
    TestDatabase db(Backend::Sqlite);
    AppFixture app;
    app.useDatabase(db.spec());
    QVERIFY(app.start());
    MainWindow &window = *app.window();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // One window: the menu bar, the tabs and the buttons of the tab shown share Alt+key.
    QStringList problems;
    QStringList windowTexts;
    for (QAction *menu : window.menuBar()->actions())
        windowTexts << menu->text();
    auto *tabs = window.findChild<QTabWidget *>(u"mainTabs"_s);
    for (int i = 0; i < tabs->count(); ++i)
        windowTexts << tabs->tabText(i);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QStringList texts = windowTexts;
        for (QAbstractButton *button : tabs->currentWidget()->findChildren<QAbstractButton *>()) {
            if (button->isVisibleTo(tabs->currentWidget()))
                texts << button->text();
        }
        for (const QString &clash : collisions(texts))
            problems << tabs->tabText(i) + u": "_s + clash;
    }
    // Each menu on its own.
    for (QAction *menu : window.menuBar()->actions()) {
        QStringList texts;
        for (QAction *action : menu->menu()->actions())
            texts << action->text();
        for (const QString &clash : collisions(texts))
            problems << menu->text() + u": "_s + clash;
    }
    // Settings → Sync: its boxes and the labels of its fields.
    SettingsDialog *settings = window.showSettings();
    QVERIFY(settings);
    settings->showPage(SettingsDialog::Page::Sync);
    if (auto *syncPage = settings->findChild<QWidget *>(u"syncPage"_s)) {
        QStringList texts;
        for (QAbstractButton *button : syncPage->findChildren<QAbstractButton *>())
            texts << button->text();
        for (QLabel *label : syncPage->findChildren<QLabel *>()) {
            if (label->buddy())
                texts << label->text();
        }
        for (const QString &clash : collisions(texts))
            problems << u"Settings → Sync: "_s + clash;
    } else {
        problems << u"Settings has no Sync page"_s;
    }
    settings->reject();
    // Each page of the setup with the wizard's own buttons.
    SetupWizard *setup = window.showSetup();
    QVERIFY(setup);
    for (int page : setup->pageIds()) {
        QStringList texts;
        for (QAbstractButton *button : setup->page(page)->findChildren<QAbstractButton *>())
            texts << button->text();
        // The wizard's own buttons on this page: Finish on the last one, Next before it.
        texts << setup->buttonText(QWizard::BackButton) << setup->buttonText(QWizard::CancelButton)
              << setup->buttonText(page == setup->pageIds().constLast() ? QWizard::FinishButton
                                                                        : QWizard::NextButton);
        for (const QString &clash : collisions(texts))
            problems << setup->page(page)->title() + u": "_s + clash;
    }
    setup->reject();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
    Translations::install(u"en"_s);
}

void TestLanguages::fitsIn1024x700()
{
    QFETCH(QString, language);
    QCOMPARE(Translations::install(language), language);
    TestDatabase db(Backend::Sqlite);
    AppFixture app;
    app.useDatabase(db.spec());
    QVERIFY(app.start());
    MainWindow &window = *app.window();
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(window.minimumSizeHint().width() <= 1024,
        qPrintable(QString::number(window.minimumSizeHint().width())));
    QVERIFY2(window.minimumSizeHint().height() <= 700,
        qPrintable(QString::number(window.minimumSizeHint().height())));
    QCOMPARE(window.size(), QSize(1024, 700));
    auto *tabs = window.findChild<QTabWidget *>(u"mainTabs"_s);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QCoreApplication::processEvents();
        QVERIFY2(tabs->currentWidget()->minimumSizeHint().width() <= tabs->width(),
            qPrintable(tabs->tabText(i)));
    }
    // The dashboard never scrolls sideways, in any language.
    tabs->setCurrentIndex(0);
    auto *scroll = window.findChild<QScrollArea *>(u"dashboardScroll"_s);
    QVERIFY2(scroll->widget()->minimumSizeHint().width() <= scroll->viewport()->width(),
        qPrintable(u"%1 > %2"_s.arg(scroll->widget()->minimumSizeHint().width())
                       .arg(scroll->viewport()->width())));
    QVERIFY(saveScreenshot(&window, u"mainwindow-1024x700-"_s + language));
    Translations::install(u"en"_s);
}

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
