// fleet-simulator: many WordPress sites on 127.0.0.1 for Latchkey's benchmark (tests/bench/).
#include "FleetSimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <sys/resource.h>

#include <csignal>

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Simulates N WordPress sites on 127.0.0.1 (one port each) for Latchkey's benchmark."));
    parser.addHelpOption();
    const QCommandLineOption sites(QStringLiteral("sites"), QStringLiteral("Number of sites."),
                                   QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption latency(QStringLiteral("latency"),
                                     QStringLiteral("Milliseconds before each reply."),
                                     QStringLiteral("MS"), QStringLiteral("50"));
    const QCommandLineOption basePort(QStringLiteral("base-port"),
                                      QStringLiteral("First port (default: any free ports)."),
                                      QStringLiteral("PORT"), QStringLiteral("0"));
    const QCommandLineOption faults(
        QStringLiteral("faults"),
        QStringLiteral("Share of faulty sites, e.g. server_error=0.05,hang=0.02,"
                       "html_firewall=0.03,wrong_password=0.05."),
        QStringLiteral("SPEC"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Password seed."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption control(QStringLiteral("control-port"),
                                     QStringLiteral("Port of GET /counters, POST /reset."),
                                     QStringLiteral("PORT"), QStringLiteral("0"));
    const QCommandLineOption csv(QStringLiteral("write-csv"),
                                 QStringLiteral("Write a latchkey-cli site import file."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption curlWarm(
        QStringLiteral("write-curl-warm"),
        QStringLiteral("Write a curl --config with a check's requests (REST root known)."),
        QStringLiteral("FILE"));
    const QCommandLineOption curlCold(
        QStringLiteral("write-curl-cold"),
        QStringLiteral("Write a curl --config with a first check's requests (with discovery)."),
        QStringLiteral("FILE"));
    parser.addOptions({sites, latency, basePort, faults, seed, control, csv, curlWarm, curlCold});
    parser.process(app);

    // One listening socket per site, plus the connections: raise the descriptor limit.
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
    std::signal(SIGPIPE, SIG_IGN);

    Latchkey::Bench::FleetSimulator simulator;
    Latchkey::Bench::FleetSimulator::Options options;
    options.sites = parser.value(sites).toInt();
    options.latencyMs = parser.value(latency).toInt();
    options.basePort = quint16(parser.value(basePort).toUInt());
    options.seed = parser.value(seed).toUInt();
    options.faults = parser.value(faults);
    QTextStream err(stderr);
    QString error;
    if (options.sites < 1 || !simulator.start(options, &error) ||
        !simulator.startControl(quint16(parser.value(control).toUInt()), &error)) {
        err << "fleet-simulator: " << (error.isEmpty() ? QStringLiteral("bad options") : error)
            << '\n';
        return 2;
    }
    if (parser.isSet(csv) && !writeFile(parser.value(csv), simulator.importCsv()))
        return 2;
    if (parser.isSet(curlWarm) &&
        !writeFile(parser.value(curlWarm), simulator.curlConfig(QStringLiteral("warm"))))
        return 2;
    if (parser.isSet(curlCold) &&
        !writeFile(parser.value(curlCold), simulator.curlConfig(QStringLiteral("cold"))))
        return 2;
    QTextStream out(stdout);
    out << "fleet-simulator: " << options.sites << " sites on 127.0.0.1:" << simulator.port(0)
        << "…" << simulator.port(options.sites - 1) << ", latency " << options.latencyMs
        << " ms; control port " << simulator.controlPort() << '\n';
    out.flush();
    return QCoreApplication::exec();
}
