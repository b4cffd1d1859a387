#include "core/net/anilistprogress.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;

class TestAniListProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
};

void TestAniListProgress::parse_data()
{
    QTest::addColumn<QString>("progress");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QList<int>>("episodes");

    QTest::newRow("single") << u"5"_s << true << QList<int> { 5 };
    QTest::newRow("single padded") << u" 12 "_s << true << QList<int> { 12 };
    QTest::newRow("range") << u"3 - 5"_s << true << QList<int> { 3, 4, 5 };
    QTest::newRow("range no spaces") << u"3-5"_s << true << QList<int> { 3, 4, 5 };
    QTest::newRow("range en dash") << u"1 – 2"_s << true << QList<int> { 1, 2 };
    QTest::newRow("range of one") << u"7 - 7"_s << true << QList<int> { 7 };
    QTest::newRow("long-running show") << u"1071 - 1072"_s << true << QList<int> { 1071, 1072 };
    QTest::newRow("null") << QString() << true << QList<int> {};
    QTest::newRow("empty") << u""_s << true << QList<int> {};
    QTest::newRow("junk") << u"abc"_s << false << QList<int> {};
    QTest::newRow("trailing junk") << u"5 episodes"_s << false << QList<int> {};
    QTest::newRow("reversed") << u"5 - 3"_s << false << QList<int> {};
    QTest::newRow("zero") << u"0"_s << false << QList<int> {};
    QTest::newRow("negative") << u"-3"_s << false << QList<int> {};
    QTest::newRow("open range") << u"3 -"_s << false << QList<int> {};
    QTest::newRow("absurd span") << u"1 - 999999"_s << false << QList<int> {};
    QTest::newRow("absurd number") << u"123456789"_s << false << QList<int> {};
    QTest::newRow("decimal") << u"2.5"_s << false << QList<int> {};
    QTest::newRow("three parts") << u"1 - 2 - 3"_s << false << QList<int> {};
}

void TestAniListProgress::parse()
{
    QFETCH(QString, progress);
    QFETCH(bool, ok);
    QFETCH(QList<int>, episodes);

    const Result<QList<int>> result = parseAniListProgress(progress);
    QCOMPARE(result.ok(), ok);
    if (ok) {
        QCOMPARE(result.value(), episodes);
    } else {
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        QVERIFY(!result.error().userMessage.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestAniListProgress)
#include "tst_anilistprogress.moc"
