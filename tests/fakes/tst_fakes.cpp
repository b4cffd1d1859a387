#include "tests/fakes/fakeservices.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;

class TestFakes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rootField();
};

void TestFakes::rootField()
{
    QCOMPARE(FakeAniList::rootField(u"query ($p: Int) { Page(page: $p) { pageInfo { hasNextPage } } }"_s), u"Page"_s);
}

QTEST_GUILESS_MAIN(TestFakes)
#include "tst_fakes.moc"
