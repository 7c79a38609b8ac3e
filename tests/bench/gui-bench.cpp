// latchkey-gui-bench: the GUI's performance with a large site list (issue 5), measured on the
// real application graph (AppGraph, as main() builds it) and the real widgets. A benchmark,
// not a test: it prints figures next to their targets; run-gui-bench.sh sets up the sites,
// the keychain, the simulated fleet and the display.
//
//   latchkey-gui-bench prepare [--extra N] [--concurrency C]
//       adds N sites (no password) to the site list in $XDG_CONFIG_HOME, on loopback ports
//       nothing serves, and sets the bulk concurrency in the settings as a user would
//   latchkey-gui-bench run [--select TEXT]
//       start-up: main() → first paint of the site list, keychain reads before it and in the
//       second after it (counted by a SecretStore decorator), peak RSS (VmHWM); then types
//       TEXT in the search box, selects every match and triggers "Test Connection" (what a
//       user does to check them), twice: the first check (REST roots unknown: discovery) and
//       the next (REST roots known). For each: the longest event-loop stall (the largest gap
//       between ticks of a 5 ms timer) and its 99th percentile, the wall time, and the
//       longest events handled; then the peak RSS.
#include "AppGraph.h"
#include "AppIdentity.h"
#include "CheckRunner.h"
#include "GuiSettings.h"
#include "MainWindow.h"
#include "secrets/KeychainSecretStore.h"
#include "sites/SiteStore.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QPointer>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Latchkey;

namespace {

// Started first thing in main(): every time is "since main() began".
QElapsedTimer g_clock;

// The application, timing each event it delivers from the event loop (not nested ones), so
// that the report can say what the longest stalls were spent on.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;

    struct Slow
    {
        double ms;
        QString what;
    };
    bool recording = false;
    std::vector<Slow> slowest; // the longest few, longest first

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!recording || m_depth > 0)
            return QApplication::notify(receiver, event);
        // Named before: the receiver may delete itself while handling the event.
        const char *className = receiver->metaObject()->className();
        const QString objectName = receiver->objectName();
        const int type = int(event->type());
        ++m_depth;
        QElapsedTimer clock;
        clock.start();
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        if (ms >= 10 && (slowest.size() < 5 || ms > slowest.back().ms)) {
            QString what = QString::fromLatin1(className);
            if (!objectName.isEmpty())
                what += QLatin1Char('#') + objectName;
            what += QStringLiteral(" event %1").arg(type);
            slowest.push_back({ms, what});
            std::sort(slowest.begin(), slowest.end(),
                      [](const Slow &a, const Slow &b) { return a.ms > b.ms; });
            if (slowest.size() > 5)
                slowest.pop_back();
        }
        return result;
    }

private:
    int m_depth = 0;
};

// The keychain, counting what is read through it (to prove that start-up reads nothing).
class CountingSecretStore : public SecretStore
{
public:
    // Declared before the graph, so that it outlives the window and its pending work.
    void setInner(SecretStore *inner) { m_inner = inner; }

    void read(const QString &key, QObject *context, ReadCallback done) override
    {
        ++m_reads;
        m_inner->read(key, context, std::move(done));
    }
    void write(const QString &key, const QString &secret, QObject *context,
               DoneCallback done) override
    {
        m_inner->write(key, secret, context, std::move(done));
    }
    void remove(const QString &key, QObject *context, DoneCallback done) override
    {
        m_inner->remove(key, context, std::move(done));
    }
    void readMany(const QStringList &keys, QObject *context, ReadEachCallback each,
                  std::function<void()> done) override
    {
        m_reads += int(keys.size());
        m_inner->readMany(keys, context, std::move(each), std::move(done));
    }

    int reads() const { return m_reads; }

private:
    SecretStore *m_inner = nullptr;
    int m_reads = 0;
};

// Peak resident set size so far (VmHWM), in MiB.
double peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// Notes when the site table's viewport is painted with rows in it, the first time.
class FirstPaintProbe : public QObject
{
public:
    std::function<void()> onPainted;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_seen && event->type() == QEvent::Paint) {
            auto *table = qobject_cast<QTableView *>(watched->parent());
            if (table && table->viewport() == watched &&
                table->objectName() == QStringLiteral("siteTable") && table->model() &&
                table->model()->rowCount() > 0) {
                m_seen = true;
                // Once this paint (and the flush of the window that follows it) is done.
                QTimer::singleShot(0, this, [this] { onPainted(); });
            }
        }
        return false;
    }

private:
    bool m_seen = false;
};

// A 5 ms timer on the GUI thread: the gaps between its ticks are how long the event loop was
// busy elsewhere (a gap of 5 ms is no stall).
class StallMeter : public QObject
{
public:
    static constexpr int kIntervalMs = 5;

    void start()
    {
        m_gapsUs.clear();
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kIntervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed() / 1000;
            m_gapsUs.push_back(now - m_lastUs);
            m_lastUs = now;
        });
        m_clock.start();
        m_lastUs = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double maxMs() const
    {
        return m_gapsUs.empty() ? 0 : *std::max_element(m_gapsUs.begin(), m_gapsUs.end()) / 1000.0;
    }
    double percentileMs(double p) const
    {
        if (m_gapsUs.empty())
            return 0;
        std::vector<qint64> sorted = m_gapsUs;
        std::sort(sorted.begin(), sorted.end());
        const auto index = size_t(p * double(sorted.size() - 1));
        return sorted.at(index) / 1000.0;
    }
    size_t ticks() const { return m_gapsUs.size(); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastUs = 0;
    std::vector<qint64> m_gapsUs;
};

int prepare(int extra, int concurrency)
{
    // The bulk checks' concurrency, as a user with many sites sets it in Settings.
    GuiSettings settings(
        QDir(AppIdentity::configDirectory()).filePath(QStringLiteral("latchkey.conf")));
    settings.setConcurrency(concurrency);
    settings.sync();
    SiteStore store(AppIdentity::configDirectory());
    if (const Problem problem = store.load()) {
        std::fprintf(stderr, "gui-bench: %s\n", qPrintable(problem.toString()));
        return 1;
    }
    QList<Site> sites;
    for (int i = 0; i < extra; ++i) {
        Site site;
        site.name = QStringLiteral("other-%1").arg(i);
        // Loopback, nothing listening: never checked by the benchmark.
        site.baseUrl = QUrl(QStringLiteral("http://127.0.0.2:%1").arg(20000 + i));
        site.userLogin = QStringLiteral("editor");
        site.group = QStringLiteral("agency-%1").arg(i % 40);
        site.tags = {QStringLiteral("other")};
        sites.append(site);
    }
    const Result<QList<Site>> added = store.addMany(sites);
    if (!added) {
        std::fprintf(stderr, "gui-bench: %s\n", qPrintable(added.problem().toString()));
        return 1;
    }
    std::printf("gui-bench: %d sites in %s\n", int(store.sites().size()),
                qPrintable(store.filePath()));
    return 0;
}

// One bulk check: the first (REST roots unknown: discovery, the REST index of each site) or
// the next (REST roots known: two small requests a site, the daily case).
struct Pass
{
    int ok = 0;
    double wallMs = -1;
    double stallMaxMs = -1;
    double stallP99Ms = -1;
    double rssPeak = -1; // VmHWM once it is over
    QStringList slowest; // the longest events handled during it
};

struct Figures
{
    int sites = 0;
    double firstPaintMs = -1;
    int readsBeforePaint = -1;
    int readsFirstSecond = -1;
    double rssAfterLoad = -1;
    double filterMs = -1;
    int checked = 0;
    int concurrency = 0;
    Pass passes[2];
    double rssAfterBulk = -1;
};

void printFigures(const Figures &f)
{
    QTextStream out(stdout);
    const auto verdict = [](bool pass) -> QString {
        return pass ? QStringLiteral("pass") : QStringLiteral("MISS");
    };
    const auto row = [&out](const QString &what, const QString &value, const QString &target,
                            const QString &result) {
        out << qSetFieldWidth(44) << Qt::left << what << qSetFieldWidth(12) << Qt::right << value
            << qSetFieldWidth(12) << target << qSetFieldWidth(0) << "  " << result << '\n';
    };
    const auto ms = [](double v) -> QString {
        return QString::number(v, 'f', 1) + QStringLiteral(" ms");
    };
    const auto mib = [](double v) -> QString {
        return QString::number(v, 'f', 1) + QStringLiteral(" MB");
    };
    out << "Latchkey GUI benchmark: " << f.sites << " sites, bulk check of " << f.checked
        << " simulated sites, twice, at concurrency " << f.concurrency << '\n';
    row(QStringLiteral("measure"), QStringLiteral("value"), QStringLiteral("target"),
        QStringLiteral("result"));
    row(QStringLiteral("main() → first paint of the site list"), ms(f.firstPaintMs),
        QStringLiteral("≤ 500 ms"), verdict(f.firstPaintMs >= 0 && f.firstPaintMs <= 500));
    row(QStringLiteral("keychain reads before first paint"), QString::number(f.readsBeforePaint),
        QStringLiteral("0"), verdict(f.readsBeforePaint == 0));
    row(QStringLiteral("keychain reads in the 1 s after it"), QString::number(f.readsFirstSecond),
        QStringLiteral("0"), verdict(f.readsFirstSecond == 0));
    row(QStringLiteral("peak RSS after start-up"), mib(f.rssAfterLoad), QStringLiteral("≤ 150 MB"),
        verdict(f.rssAfterLoad <= 150));
    row(QStringLiteral("search filter applied (one keystroke's work)"), ms(f.filterMs),
        QStringLiteral("-"), QStringLiteral("-"));
    static const char *const names[] = {"first check", "next check"};
    for (int i = 0; i < 2; ++i) {
        const Pass &p = f.passes[i];
        const QString name = QString::fromLatin1(names[i]);
        row(QStringLiteral("%1: longest event-loop stall").arg(name), ms(p.stallMaxMs),
            QStringLiteral("≤ 50 ms"), verdict(p.stallMaxMs >= 0 && p.stallMaxMs <= 50));
        row(QStringLiteral("%1: 99th percentile timer gap").arg(name), ms(p.stallP99Ms),
            QStringLiteral("-"), QStringLiteral("-"));
        row(QStringLiteral("%1: wall time (%2 ok)").arg(name).arg(p.ok), ms(p.wallMs),
            QStringLiteral("-"), QStringLiteral("-"));
        row(QStringLiteral("%1: peak RSS so far").arg(name), mib(p.rssPeak),
            QStringLiteral("≤ 150 MB"), verdict(p.rssPeak <= 150));
    }
    out << "first check: with discovery (the REST index of each site); next check: REST roots\n"
           "known. Stalls: the largest gap between ticks of a 5 ms timer while a check runs.\n";
    for (int i = 0; i < 2; ++i) {
        out << "longest events handled during the " << names[i] << " (receiver, QEvent type):\n";
        for (const QString &slow : f.passes[i].slowest)
            out << "  " << slow << '\n';
    }
    // One line for scripts and the smoke test.
    out << "gui-bench: sites=" << f.sites << " first_paint_ms=" << f.firstPaintMs
        << " keychain_reads_before_paint=" << f.readsBeforePaint
        << " keychain_reads_first_second=" << f.readsFirstSecond
        << " rss_load_mb=" << f.rssAfterLoad << " checked=" << f.checked;
    for (int i = 0; i < 2; ++i) {
        const Pass &p = f.passes[i];
        out << " pass" << i + 1 << "_ok=" << p.ok << " pass" << i + 1 << "_wall_ms=" << p.wallMs
            << " pass" << i + 1 << "_stall_max_ms=" << p.stallMaxMs << " pass" << i + 1
            << "_stall_p99_ms=" << p.stallP99Ms;
    }
    out << " rss_bulk_mb=" << f.rssAfterBulk << '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    g_clock.start();

    // As main() does (app/gui/main.cpp): the same application set-up before the graph.
    TimedApplication app(argc, argv);
    AppGraph::setUpApplication(app);

    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("prepare or run"));
    const QCommandLineOption extra(QStringLiteral("extra"), QStringLiteral("Sites to add."),
                                   QStringLiteral("N"), QStringLiteral("4000"));
    const QCommandLineOption select(QStringLiteral("select"),
                                    QStringLiteral("Search text that selects the sites to check."),
                                    QStringLiteral("TEXT"), QStringLiteral("sim-"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     QStringLiteral("Give up after this many seconds."),
                                     QStringLiteral("S"), QStringLiteral("300"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"),
                                         QStringLiteral("Bulk check concurrency (Settings)."),
                                         QStringLiteral("N"), QStringLiteral("32"));
    parser.addOptions({extra, select, timeout, concurrency});
    parser.addHelpOption();
    parser.process(app);
    const QString mode = parser.positionalArguments().value(0);
    if (mode == QStringLiteral("prepare"))
        return prepare(parser.value(extra).toInt(), parser.value(concurrency).toInt());
    if (mode != QStringLiteral("run"))
        parser.showHelp(2);

    Figures figures;
    FirstPaintProbe probe;
    app.installEventFilter(&probe);

    CountingSecretStore secrets;
    AppGraph graph(AppIdentity::configDirectory());
    secrets.setInner(&graph.keychain());
    graph.services().secrets = &secrets;
    figures.sites = int(graph.services().sites->sites().size());
    figures.concurrency = graph.services().settings->concurrency();
    MainWindow *window = graph.showWindow({});

    StallMeter stalls;
    QElapsedTimer bulkClock;
    CheckRunner *runner = window->checkRunner();
    QPointer<QAction> test = window->findChild<QAction *>(QStringLiteral("testConnectionAction"));
    int pass = 0;

    // Starts a bulk check of the selected sites from the event loop (so that the trigger's
    // own work counts as a stall), as the user's F5 does.
    const auto startPass = [&] {
        app.slowest.clear();
        app.recording = true;
        stalls.start();
        QTimer::singleShot(StallMeter::kIntervalMs * 4, window, [&] {
            bulkClock.start();
            test->trigger();
            if (!runner->isBulkRunning()) {
                std::fprintf(stderr, "gui-bench: no bulk check started\n");
                QCoreApplication::exit(1);
            }
        });
    };

    QObject::connect(runner, &CheckRunner::bulkFinished, window, [&, window](int ok, int) {
        figures.passes[pass].wallMs = double(bulkClock.nsecsElapsed()) / 1e6;
        figures.passes[pass].ok = ok;
        // Keep measuring a little: the last batch's save and the reload the file watcher
        // starts after it belong to the bulk check too.
        QTimer::singleShot(1500, window, [&, window] {
            stalls.stop();
            app.recording = false;
            Pass &done = figures.passes[pass];
            done.stallMaxMs = stalls.maxMs();
            done.stallP99Ms = stalls.percentileMs(0.99);
            done.rssPeak = peakRssMiB();
            for (const auto &slow : app.slowest)
                done.slowest.append(
                    QStringLiteral("%1 ms %2").arg(QString::number(slow.ms, 'f', 1), slow.what));
            if (++pass < 2) {
                startPass();
                return;
            }
            figures.rssAfterBulk = peakRssMiB();
            printFigures(figures);
            window->close();
            QCoreApplication::exit(0);
        });
    });

    const QString selectText = parser.value(select);
    probe.onPainted = [&, window] {
        figures.firstPaintMs = double(g_clock.nsecsElapsed()) / 1e6;
        figures.readsBeforePaint = secrets.reads();
        figures.rssAfterLoad = peakRssMiB();
        QTimer::singleShot(1000, window, [&, window] {
            figures.readsFirstSecond = secrets.reads() - figures.readsBeforePaint;
            // What a user does: search, select all matches, Test Connection.
            auto *search = window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
            auto *table = window->findChild<QTableView *>(QStringLiteral("siteTable"));
            if (!search || !table || !test) {
                std::fprintf(stderr, "gui-bench: the main window has changed its names\n");
                QCoreApplication::exit(1);
                return;
            }
            QElapsedTimer filterClock;
            filterClock.start();
            search->setText(selectText);
            figures.filterMs = double(filterClock.nsecsElapsed()) / 1e6;
            table->setFocus();
            table->selectAll();
            figures.checked = table->model()->rowCount();
            startPass();
        });
    };

    QTimer::singleShot(parser.value(timeout).toInt() * 1000, window, [&figures] {
        std::fprintf(stderr, "gui-bench: timed out\n");
        printFigures(figures);
        QCoreApplication::exit(1);
    });
    return QApplication::exec();
}
