#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tsuzuki-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TSUZUKI_VERSION));
    QTextStream(stdout) << "tsuzuki-cli " << QCoreApplication::applicationVersion() << Qt::endl;
    return 0;
}
