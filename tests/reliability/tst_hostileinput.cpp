#include "core/mapping/anibridgeimporter.h"
#include "core/mapping/fribbsimporter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;

/// Regressions for what the fuzzers found (issue 8). Each row is an input that once crashed or hit
/// undefined behaviour; it must now parse to a clean answer.
class TestHostileInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hugeNumericIds_data();
    void hugeNumericIds();
};

void TestHostileInput::hugeNumericIds_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("kept");
    // fuzz_fribbs / fuzz_anibridge: a double id past qint64 was cast to qint64 (UB, garbage id).
    QTest::newRow("1e88 (the crasher)")
        << u"81797333333333333333333333333333333333333333333333333333333333333333333333333333333333333"_s
        << false;
    QTest::newRow("1e300") << u"1e300"_s << false;
    QTest::newRow("2^63") << u"9223372036854775808"_s << false;
    QTest::newRow("fraction") << u"81797.5"_s << false;
    QTest::newRow("negative") << u"-5"_s << false;
    QTest::newRow("2^53 (largest exact)") << u"9007199254740992"_s << true;
    QTest::newRow("ordinary") << u"81797"_s << true;
}

void TestHostileInput::hugeNumericIds()
{
    QFETCH(QString, number);
    QFETCH(bool, kept);
    const QByteArray fribbs = (u"[{\"anilist_id\":21,\"mal_id\":21,\"thetvdb_id\":"_s + number
        + u",\"type\":\"TV\"}]"_s)
                                  .toUtf8();
    const auto parsed = FribbsImporter::parse(fribbs);
    if (kept) {
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().toString()));
        QCOMPARE(parsed.value().rows.size(), 1);
        QCOMPARE(
            parsed.value().rows.first().tvdbId, std::optional<qint64>(qint64(number.toDouble())));
    } else {
        // Either the file is refused or that entry's id is not taken: never a wrapped number.
        if (parsed) {
            for (const auto &row : parsed.value().rows)
                QVERIFY(!row.tvdbId.has_value());
        }
    }

    const QByteArray anibridge
        = (u"{\"21\":{\"tvdb_id\":"_s + number + u",\"tvdb_mappings\":{\"s1\":\"\"}}}"_s).toUtf8();
    const auto bridged = AniBridgeImporter::parse(anibridge);
    if (kept) {
        QVERIFY(bridged);
        QCOMPARE(bridged.value().rows.size(), 1);
        QCOMPARE(
            bridged.value().rows.first().tvdbId, std::optional<qint64>(qint64(number.toDouble())));
    } else if (bridged) {
        for (const auto &row : bridged.value().rows)
            QVERIFY(!row.tvdbId.has_value());
    }
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
