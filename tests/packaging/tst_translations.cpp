// The committed .ts files against what the runtime needs: every entry translated, the %1..%9 and %n
// placeholders of the source kept in every translation, as many plural forms as the language has,
// and the built .qm files loading and returning those translations.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList forms; // the translation, or its numerus forms
};

QList<TsMessage> readTs(const QString &path, QString *language, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == "TS"_L1) {
            *language = xml.attributes().value("language"_L1).toString();
        } else if (name == "context"_L1) {
            context.clear();
        } else if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            current = TsMessage {};
            current.context = context;
            current.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
        } else if (name == "source"_L1) {
            current.source = xml.readElementText();
        } else if (name == "comment"_L1) {
            current.comment = xml.readElementText();
        } else if (name == "translation"_L1) {
            current.type = xml.attributes().value("type"_L1).toString();
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.forms << xml.readElementText();
            } else {
                current.forms << xml.readElementText();
            }
            messages << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(u"%(\\d+|n)"_s);
    QSet<QString> found;
    for (const auto &match : re.globalMatch(text))
        found.insert(match.captured());
    return found;
}

QString describe(const TsMessage &m)
{
    return m.context + u": \""_s + m.source.left(80) + u'"';
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tsFile_data();
    void tsFile();
    void qmFile_data() { tsFile_data(); }
    void qmFile();
};

void TestTranslations::tsFile_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<int>("pluralForms");
    // Japanese has one plural form, German two (Qt's plural rules, as lrelease applies them).
    QTest::newRow("ja") << u"ja"_s << 1;
    QTest::newRow("de") << u"de"_s << 2;
}

void TestTranslations::tsFile()
{
    QFETCH(QString, lang);
    QFETCH(int, pluralForms);
    const QString path
        = QDir(qEnvironmentVariable("TSUZUKI_TS_DIR")).filePath(u"tsuzuki_%1.ts"_s.arg(lang));
    QString language;
    QString error;
    const QList<TsMessage> messages = readTs(path, &language, &error);
    QVERIFY2(error.isEmpty(), qPrintable(path + u": "_s + error));
    QVERIFY2(language.startsWith(lang), qPrintable(u"language attribute is "_s + language));
    QVERIFY2(messages.size() > 50,
        qPrintable(u"only %1 messages in %2"_s.arg(messages.size()).arg(path)));

    QStringList problems;
    int numerusCount = 0;
    for (const TsMessage &m : messages) {
        if (m.type == "vanished"_L1 || m.type == "obsolete"_L1)
            continue;
        if (m.type == "unfinished"_L1) {
            problems << u"unfinished: "_s + describe(m);
            continue;
        }
        if (m.numerus) {
            ++numerusCount;
            if (m.forms.size() != pluralForms)
                problems << u"%1 plural forms, want %2: "_s.arg(m.forms.size()).arg(pluralForms)
                        + describe(m);
        }
        const QSet<QString> expected = placeholders(m.source);
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty() && !m.source.trimmed().isEmpty()) {
                problems << u"empty translation: "_s + describe(m);
                continue;
            }
            QSet<QString> got = placeholders(form);
            // A plural form may say "one" in words instead of %n (German "eine Episode").
            if (m.numerus && !got.contains(u"%n"_s) && form != m.forms.constLast())
                got.insert(u"%n"_s);
            if (got != expected)
                problems << u"placeholders %1 in \"%2\" differ from the source's %3: "_s.arg(
                                QStringList(got.cbegin(), got.cend()).join(u','), form.left(60),
                                QStringList(expected.cbegin(), expected.cend()).join(u','))
                        + describe(m);
        }
    }
    QVERIFY2(problems.isEmpty(),
        qPrintable(problems.mid(0, 15).join(u'\n') + u"\n(%1 problems)"_s.arg(problems.size())));
    QVERIFY2(
        numerusCount > 0, "no %n plural message: counts must use tr(\"...%n...\", nullptr, n)");
}

void TestTranslations::qmFile()
{
    QFETCH(QString, lang);
    const QString tsPath
        = QDir(qEnvironmentVariable("TSUZUKI_TS_DIR")).filePath(u"tsuzuki_%1.ts"_s.arg(lang));
    QString language;
    QString error;
    const QList<TsMessage> messages = readTs(tsPath, &language, &error);
    QVERIFY(error.isEmpty());

    QTranslator translator;
    const QString qmDir = qEnvironmentVariable("TSUZUKI_QM_DIR");
    // The same call the applications make: the locale picks tsuzuki_<lang>.qm.
    QVERIFY2(translator.load(QLocale(lang), u"tsuzuki"_s, u"_"_s, qmDir),
        qPrintable(u"cannot load tsuzuki_%1.qm from %2"_s.arg(lang, qmDir)));
    QCOMPARE(translator.language().left(2), lang);

    int checked = 0;
    for (const TsMessage &m : messages) {
        if (!m.type.isEmpty() || m.numerus || m.source.isEmpty())
            continue;
        const QByteArray context = m.context.toUtf8();
        const QByteArray source = m.source.toUtf8();
        const QByteArray comment = m.comment.toUtf8();
        const QString got = translator.translate(context.constData(), source.constData(),
            comment.isEmpty() ? nullptr : comment.constData());
        QVERIFY2(got == m.forms.constFirst(), qPrintable(describe(m) + u" -> \""_s + got + u'"'));
        ++checked;
    }
    QVERIFY2(checked > 50, qPrintable(u"only %1 translations checked"_s.arg(checked)));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
