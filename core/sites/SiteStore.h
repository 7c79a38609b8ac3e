#pragma once

#include "Problem.h"
#include "sites/Site.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QLockFile;

namespace Latchkey {

// The site list, saved as JSON ("sites.json", with a schema version) in the config directory.
// The GUI and the CLI may run at once: every change takes a lock file, reloads the file, applies
// itself to what is on disk now, and writes atomically (QSaveFile), so neither process loses
// the other's change. Holds no secrets.
class SiteStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int kSchemaVersion = 1;

    explicit SiteStore(QString directory, QObject *parent = nullptr);

    QString filePath() const;
    // Reads the file (a missing file is an empty list).
    Problem load();
    const QList<Site> &sites() const { return m_sites; }
    std::optional<Site> byId(const QString &id) const;

    // Every group and every tag in use, each once (case-insensitively), sorted for a menu.
    QStringList groups() const;
    QStringList tags() const;

    // Sites matching a selector: an id, a name (case-insensitive) or a URL (normalised;
    // matches every login on that site).
    QList<Site> match(const QString &selector) const;
    // Exactly one site, or unknown_site / invalid_input (ambiguous, listing the matches).
    Result<Site> resolve(const QString &selector) const;

    // Assigns id and created when empty. Fails with duplicate_site (same URL and login) or
    // duplicate_name.
    Result<Site> add(Site site);
    // Adds several sites in one write (imports): all or nothing, with the same checks as add(),
    // also between the new sites themselves.
    Result<QList<Site>> addMany(QList<Site> sites);
    // Replaces the site with the same id; fails with unknown_site or duplicate_name.
    Problem update(const Site &site);
    // Applies a change to the current on-disk version of one site (for merging concurrent
    // writers); the change sees the freshest copy.
    Result<Site> modify(const QString &id, const std::function<void(Site &)> &change);
    // Applies change to each listed site that still exists, in one write (bulk results).
    Problem modifyMany(const QStringList &ids, const std::function<void(Site &)> &change);
    // The same, but the file is serialised and written on a worker thread: sites() and
    // changed() follow at once, done runs on this store's thread once the file is written
    // (with the problem if it was not; dropped if context is destroyed first). The lock is
    // held until then, so another process still never loses a change. For bulk results in the
    // GUI: serialising thousands of sites on its thread stalls the window.
    void modifyManyInBackground(const QStringList &ids, const std::function<void(Site &)> &change,
                                QObject *context, const std::function<void(Problem)> &done);
    Problem remove(const QString &id);

Q_SIGNALS:
    void changed();

private:
    using Mutation = std::function<Problem(QList<Site> &)>;
    Problem lockAndRead(QLockFile &lock, QList<Site> &sites, QByteArray &bytes);
    Problem mutate(const Mutation &mutation);
    Problem readFile(QList<Site> &sites, QByteArray &bytes) const;
    Problem writeFile(const QList<Site> &sites, QByteArray &bytes) const;

    QString m_directory;
    QList<Site> m_sites;
    // The file's content as this store last read or wrote it (m_sites is what it holds): while
    // the file still holds exactly these bytes, reading it again needs no parsing. With
    // thousands of sites, parsing is most of the cost of a change (a bulk check saves its
    // results every second).
    QByteArray m_fileBytes;
    quint64 m_generation = 0; // counts assignments of m_sites
    int m_pendingWrites = 0;  // background writes not finished yet
    // The latest background write, filled in by its worker before it releases the file lock:
    // the next change, which waits for that lock, knows the file's bytes without waiting for
    // the write's report (else it parsed all the sites again on the GUI thread).
    struct BackgroundWrite;
    std::shared_ptr<BackgroundWrite> m_lastWrite;
    void adoptFinishedWrite();
};

} // namespace Latchkey
