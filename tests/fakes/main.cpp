// tsuzuki-fakes: the fake AniList, Trakt and TMDB services as a standalone process, so that
// the app (or a crash test) can run against them. Prints the base URLs as one JSON line.
#include "tests/fakes/fakeservices.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"tsuzuki-fakes"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Fake AniList, Trakt and TMDB services on 127.0.0.1"_s);
    parser.addHelpOption();
    const QCommandLineOption portOption(u"port"_s,
        u"AniList on <port>, Trakt on <port>+1, TMDB on <port>+2 (0 = any free ports)."_s,
        u"port"_s, u"0"_s);
    const QCommandLineOption scenarioOption(
        u"scenario"_s, u"Scenario JSON file (see tests/fakes/README.md)."_s, u"file"_s);
    parser.addOption(portOption);
    parser.addOption(scenarioOption);
    parser.process(app);

    Tsuzuki::FakeServices services;
    if (parser.isSet(scenarioOption)) {
        QString error;
        if (!services.loadScenarioFile(parser.value(scenarioOption), &error)) {
            std::fprintf(stderr, "tsuzuki-fakes: %s\n", qPrintable(error));
            return 2;
        }
    }
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65533 || !services.listen(quint16(port))) {
        std::fprintf(stderr, "tsuzuki-fakes: cannot listen on port %s\n",
            qPrintable(parser.value(portOption)));
        return 1;
    }
    const QByteArray line = QJsonDocument(services.urls()).toJson(QJsonDocument::Compact);
    std::fprintf(stdout, "%s\n", line.constData());
    std::fflush(stdout);
    return app.exec();
}
