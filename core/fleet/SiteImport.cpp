#include "fleet/SiteImport.h"

#include "fleet/Csv.h"
#include "secrets/SecretStore.h"
#include "sites/SiteConnector.h"
#include "sites/SiteStore.h"
#include "wordpress/SiteUrl.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>
#include <QUuid>

namespace Latchkey {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Latchkey::SiteImport", text);
}

enum class Column
{
    Url,
    User,
    Name,
    Group,
    Tags,
    Password,
    RestRoot,
    Ignored,
};

bool startsLikeFormula(const QString &value)
{
    if (value.isEmpty())
        return false;
    const QChar first = value.front();
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
           first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
}

bool isGuardedFormula(const QString &value)
{
    return value.startsWith(QLatin1Char('\'')) && startsLikeFormula(value.mid(1));
}

Column columnFor(const QString &header)
{
    const QString name = header.trimmed().toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
    static const QHash<QString, Column> names{
        {QStringLiteral("url"), Column::Url},
        {QStringLiteral("address"), Column::Url},
        {QStringLiteral("site"), Column::Url},
        {QStringLiteral("site_url"), Column::Url},
        {QStringLiteral("base_url"), Column::Url},
        {QStringLiteral("user"), Column::User},
        {QStringLiteral("login"), Column::User},
        {QStringLiteral("username"), Column::User},
        {QStringLiteral("user_login"), Column::User},
        {QStringLiteral("name"), Column::Name},
        {QStringLiteral("group"), Column::Group},
        {QStringLiteral("client"), Column::Group},
        {QStringLiteral("tags"), Column::Tags},
        {QStringLiteral("password"), Column::Password},
        {QStringLiteral("app_password"), Column::Password},
        {QStringLiteral("application_password"), Column::Password},
        {QStringLiteral("rest_root"), Column::RestRoot},
    };
    return names.value(name, Column::Ignored);
}

QString identity(const QUrl &baseUrl, const QString &login)
{
    return SiteUrl::origin(baseUrl) + baseUrl.path() + QLatin1Char('\n') + login.toLower();
}

QString defaultName(const QUrl &baseUrl)
{
    QString name = baseUrl.host();
    if (baseUrl.port() > 0)
        name += QLatin1Char(':') + QString::number(baseUrl.port());
    return name + baseUrl.path();
}

QStringList splitTags(const QString &value)
{
    QStringList tags;
    const QStringList parts = value.split(QRegularExpression(QStringLiteral("[,;]")));
    for (const QString &part : parts) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
            tags.append(tag);
    }
    return tags;
}

QString columnName(Column column)
{
    switch (column) {
    case Column::Url:
        return QStringLiteral("url");
    case Column::User:
        return QStringLiteral("user");
    case Column::Name:
        return QStringLiteral("name");
    case Column::Group:
        return QStringLiteral("group");
    case Column::Tags:
        return QStringLiteral("tags");
    case Column::Password:
        return QStringLiteral("password");
    case Column::RestRoot:
        return QStringLiteral("rest_root");
    case Column::Ignored:
        break;
    }
    return QStringLiteral("ignored");
}

// The message names the column, never the value.
Problem strayPasswordProblem(int columnNumber, Column column)
{
    // Spelled out, not this file's tr(): lupdate files a free function's tr() under
    // "Latchkey", while the lookup is under "Latchkey::SiteImport".
    return Problem(ProblemCode::InvalidInput,
                   QCoreApplication::translate(
                       "Latchkey::SiteImport",
                       "Column %1 (%2) holds what looks like an application password, so the row "
                       "was not imported and the value is not shown or kept. Put the password in "
                       "the password column.")
                       .arg(columnNumber)
                       .arg(columnName(column)),
                   QCoreApplication::translate(
                       "Latchkey::SiteImport",
                       "Without a header row the columns are url,user,name,group,tags,password "
                       "(the password is the sixth, or the fifth when there are no tags); or add "
                       "a header row that names a \"password\" column. Then import the row "
                       "again."));
}

} // namespace

qsizetype ImportPlan::count(ImportRow::Status status) const
{
    return std::count_if(rows.cbegin(), rows.cend(),
                         [status](const ImportRow &row) { return row.status == status; });
}

bool SiteImport::looksLikeApplicationPassword(const QString &value)
{
    // WordPress generates 24 letters and digits and shows them in six groups of four
    // (WP_Application_Passwords::chunk_password); people paste either form.
    static const QRegularExpression shape(
        QStringLiteral("^(?:[A-Za-z0-9]{24}|[A-Za-z0-9]{4}(?: [A-Za-z0-9]{4}){5})$"));
    return shape.match(value.trimmed()).hasMatch();
}

ImportPlan SiteImport::plan(const QByteArray &csv, const QList<Site> &existing)
{
    ImportPlan plan;
    const Result<QList<Csv::Record>> records = Csv::parse(QString::fromUtf8(csv));
    if (!records) {
        plan.fileProblem = records.problem();
        return plan;
    }
    QList<Column> columns{Column::Url,   Column::User, Column::Name,
                          Column::Group, Column::Tags, Column::Password};
    qsizetype first = 0;
    if (!records->isEmpty()) {
        const QStringList header = records->first().fields;
        const bool isHeader = std::any_of(header.cbegin(), header.cend(), [](const QString &f) {
            return columnFor(f) == Column::Url;
        });
        if (isHeader) {
            plan.hadHeader = true;
            columns.clear();
            for (const QString &name : header)
                columns.append(columnFor(name));
            first = 1;
        }
    }
    plan.hasPasswordColumn = columns.contains(Column::Password);

    QHash<QString, QString> savedIdentities; // identity -> name
    QSet<QString> takenNames;
    for (const Site &site : existing) {
        savedIdentities.insert(identity(site.baseUrl, site.userLogin), site.name);
        takenNames.insert(site.name.toLower());
    }
    QHash<QString, int> fileIdentities; // identity -> line
    QHash<QString, int> fileNames;      // lowercase name -> line

    for (qsizetype r = first; r < records->size(); ++r) {
        const Csv::Record &record = records->at(r);
        ImportRow row;
        row.line = record.line;
        QString url;
        QString restRoot;
        QString tags;
        qsizetype strayPassword = -1; // the first column holding a password it should not
        for (qsizetype c = 0; c < record.fields.size(); ++c) {
            QString value = record.fields.at(c).trimmed();
            if (isGuardedFormula(value))
                value.remove(0, 1); // written by SiteExport::spreadsheetSafe
            Column column = c < columns.size() ? columns.at(c) : Column::Ignored;
            // Headerless five-field rows: the fifth is tags, unless it is shaped like a password
            // (a password must never end up in a tag, which is saved in plain text).
            if (!plan.hadHeader && c == 4 && record.fields.size() == 5 &&
                looksLikeApplicationPassword(value)) {
                column = Column::Password;
                plan.hasPasswordColumn = true;
            }
            // A password anywhere else would be saved, listed and exported in plain text (a
            // headerless "url,user,password" row makes it the site's name): the value is
            // dropped here, before anything can keep or print it, and the row is refused.
            if (column != Column::Password && looksLikeApplicationPassword(value)) {
                if (strayPassword < 0)
                    strayPassword = c;
                continue;
            }
            switch (column) {
            case Column::Url:
                url = value;
                break;
            case Column::User:
                row.site.userLogin = value;
                break;
            case Column::Name:
                row.site.name = value;
                break;
            case Column::Group:
                row.site.group = value;
                break;
            case Column::Tags:
                tags = value;
                break;
            case Column::Password:
                row.password = value;
                break;
            case Column::RestRoot:
                restRoot = value;
                break;
            case Column::Ignored:
                break;
            }
        }
        row.site.tags = splitTags(tags);
        const auto invalid = [&row](Problem problem) {
            row.status = ImportRow::Status::Invalid;
            row.problem = std::move(problem);
        };
        const Result<QUrl> baseUrl = SiteUrl::normalize(url);
        if (strayPassword >= 0) {
            const Column column =
                strayPassword < columns.size() ? columns.at(strayPassword) : Column::Ignored;
            if (baseUrl)
                row.site.baseUrl = *baseUrl; // the value itself was dropped, the rest is not secret
            invalid(strayPasswordProblem(int(strayPassword) + 1, column));
        } else if (url.isEmpty()) {
            invalid(Problem(ProblemCode::InvalidInput, tr("The row has no site address.")));
        } else if (!baseUrl) {
            invalid(baseUrl.problem());
        } else if (row.site.userLogin.isEmpty()) {
            invalid(Problem(ProblemCode::InvalidInput, tr("The row has no user name.")));
        } else {
            row.site.baseUrl = *baseUrl;
            if (!restRoot.isEmpty()) {
                // Credentials go only to the REST root's origin: it must be the site's own.
                const QUrl root(restRoot);
                if (!root.isValid() || !SiteUrl::sameOrigin(root, *baseUrl)) {
                    invalid(
                        Problem(ProblemCode::InvalidInput,
                                tr("The REST root %1 is not on the site %2.")
                                    .arg(SiteUrl::redacted(root), SiteUrl::redacted(*baseUrl))));
                } else {
                    row.site.restRoot = root;
                }
            }
        }
        if (row.status == ImportRow::Status::Ready && row.site.name.isEmpty()) {
            row.site.name = defaultName(row.site.baseUrl);
            if (takenNames.contains(row.site.name.toLower()) ||
                fileNames.contains(row.site.name.toLower()))
                row.site.name += QStringLiteral(" (%1)").arg(row.site.userLogin);
        }
        if (row.status == ImportRow::Status::Ready) {
            const QString key = identity(row.site.baseUrl, row.site.userLogin);
            const QString name = row.site.name.toLower();
            if (savedIdentities.contains(key)) {
                row.status = ImportRow::Status::Duplicate;
                row.problem =
                    Problem(ProblemCode::DuplicateSite,
                            tr("Already saved as \"%1\".").arg(savedIdentities.value(key)));
            } else if (fileIdentities.contains(key)) {
                row.status = ImportRow::Status::Duplicate;
                row.duplicateOfLine = fileIdentities.value(key);
                row.problem = Problem(
                    ProblemCode::DuplicateSite,
                    tr("The same site and user as line %1.").arg(fileIdentities.value(key)));
            } else if (takenNames.contains(name)) {
                invalid(Problem(ProblemCode::DuplicateName,
                                tr("Another site is already called \"%1\".").arg(row.site.name),
                                tr("Give the row another name.")));
            } else if (fileNames.contains(name)) {
                invalid(Problem(ProblemCode::DuplicateName,
                                tr("Line %1 already uses the name \"%2\".")
                                    .arg(fileNames.value(name))
                                    .arg(row.site.name),
                                tr("Give the row another name.")));
            } else {
                fileIdentities.insert(key, row.line);
                fileNames.insert(name, row.line);
            }
        }
        if (row.status != ImportRow::Status::Ready)
            row.password.clear(); // not needed: do not keep it around
        plan.rows.append(row);
    }
    return plan;
}

SiteImporter::SiteImporter(QNetworkAccessManager *network, SecretStore *secrets, SiteStore *sites,
                           QList<ImportRow> rows, bool check, int concurrency, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_secrets(secrets)
    , m_sites(sites)
    , m_check(check)
    , m_concurrency(std::max(1, concurrency))
{
    for (ImportRow &row : rows) {
        if (row.status != ImportRow::Status::Ready)
            continue;
        if (!m_check && row.site.id.isEmpty())
            row.site.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_rows.append(row);
    }
}

void SiteImporter::start()
{
    if (m_rows.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { finish({}); }, Qt::QueuedConnection);
        return;
    }
    if (m_check)
        connectNext();
    else
        storeSecrets();
}

void SiteImporter::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_check) {
        for (const QPointer<QObject> &connector : std::as_const(m_connectors)) {
            if (auto *job = qobject_cast<SiteConnector *>(connector.data()))
                job->cancel();
        }
    }
}

// Without a check: the passwords (in bulk where the keychain can), then one write of the site
// list.
void SiteImporter::storeSecrets()
{
    QList<QPair<QString, QString>> entries;
    for (ImportRow &row : m_rows) {
        if (row.hasPassword())
            entries.append({row.site.secretKey(), row.password});
        row.password.clear();
    }
    if (entries.isEmpty()) {
        saveAll();
        return;
    }
    auto failure = std::make_shared<Problem>();
    auto refused = std::make_shared<QHash<QString, Problem>>();
    auto answered = std::make_shared<int>(0);
    const int total = int(entries.size());
    m_secrets->writeMany(
        entries, this,
        [this, failure, refused, answered, total](const QString &key, const Problem &problem) {
            Q_EMIT progress(++*answered, total);
            if (problem) {
                if (!*failure)
                    *failure = problem;
                refused->insert(key, problem);
                return;
            }
            m_storedKeys.append(key);
        },
        [this, failure, refused] {
            if (m_cancelled) {
                rollBackSecrets(Problem(ProblemCode::Cancelled));
            } else if (*failure && !m_skipRefused) {
                // The keychain is the only place a password may go: on any failure, save
                // nothing.
                rollBackSecrets(*failure);
            } else {
                // Refused rows are reported and left out; the others are saved.
                for (qsizetype i = 0; i < m_rows.size();) {
                    const QString key = m_rows.at(i).site.secretKey();
                    if (!refused->contains(key)) {
                        ++i;
                        continue;
                    }
                    RowResult result;
                    result.line = m_rows.at(i).line;
                    result.name = m_rows.at(i).site.name;
                    result.problem = refused->value(key);
                    m_results.append(result);
                    Q_EMIT rowFinished(result);
                    m_rows.removeAt(i);
                }
                saveAll();
            }
        });
    for (auto &entry : entries)
        entry.second.fill(QLatin1Char('\0'));
}

void SiteImporter::saveAll()
{
    if (m_rows.isEmpty()) { // every row was refused by the keychain
        finish({});
        return;
    }
    QList<Site> drafts;
    for (const ImportRow &row : std::as_const(m_rows))
        drafts.append(row.site);
    const Result<QList<Site>> saved = m_sites->addMany(drafts);
    if (!saved) {
        rollBackSecrets(saved.problem());
        return;
    }
    for (const auto &row : m_rows) {
        RowResult result;
        result.line = row.line;
        result.siteId = row.site.id;
        result.name = row.site.name;
        result.ok = true;
        result.passwordStored = m_storedKeys.contains(row.site.secretKey());
        m_results.append(result);
        Q_EMIT rowFinished(result);
    }
    finish({});
}

void SiteImporter::rollBackSecrets(const Problem &problem)
{
    for (ImportRow &row : m_rows)
        row.password.clear();
    if (m_storedKeys.isEmpty()) {
        finish(problem);
        return;
    }
    const QString key = m_storedKeys.takeLast();
    m_secrets->remove(key, this, [this, problem](const Problem &) { rollBackSecrets(problem); });
}

// With a check: each row like "site add", several at once.
void SiteImporter::connectNext()
{
    while (!m_cancelled && m_running < m_concurrency && m_next < m_rows.size()) {
        const ImportRow row = m_rows.at(m_next);
        m_rows[m_next].password.clear();
        ++m_next;
        ++m_running;
        if (!row.hasPassword()) {
            // Nothing to check a connection with: saved as it is.
            RowResult result{row.line, {}, row.site.name, false, false, false, {}};
            const Result<Site> saved = m_sites->add(row.site);
            if (saved) {
                result.ok = true;
                result.siteId = saved->id;
            } else {
                result.problem = saved.problem();
            }
            QMetaObject::invokeMethod(
                this, [this, result] { record(result); }, Qt::QueuedConnection);
            continue;
        }
        auto *connector =
            new SiteConnector(m_network, m_secrets, m_sites, row.site, row.password, this);
        m_connectors.append(connector);
        const int line = row.line;
        const QString name = row.site.name;
        auto timedOut = std::make_shared<bool>(false);
        connect(connector, &SiteConnector::finished, this,
                [this, line, name, timedOut](const Result<Site> &site, const CheckResult &) {
                    RowResult result{line, {}, name, site.ok(), site.ok(), site.ok(), {}};
                    if (site)
                        result.siteId = site->id;
                    else if (*timedOut && site.problem().code() == ProblemCode::Cancelled)
                        result.problem = SiteDeadline::exceeded(m_siteDeadlineMs);
                    else
                        result.problem = site.problem();
                    record(result);
                });
        connector->start();
        if (m_siteDeadlineMs > 0) {
            // A child of the connector: gone with it when the row finishes in time.
            QTimer::singleShot(m_siteDeadlineMs, connector, [connector, timedOut] {
                *timedOut = true;
                connector->cancel();
            });
        }
    }
    if (m_running == 0 && (m_cancelled || m_next >= m_rows.size()))
        finish(m_cancelled ? Problem(ProblemCode::Cancelled) : Problem());
}

void SiteImporter::record(const RowResult &result)
{
    --m_running;
    m_results.append(result);
    Q_EMIT rowFinished(result);
    Q_EMIT progress(int(m_results.size()), int(m_rows.size()));
    connectNext();
}

void SiteImporter::finish(const Problem &problem)
{
    if (m_finished)
        return;
    m_finished = true;
    std::sort(m_results.begin(), m_results.end(),
              [](const RowResult &a, const RowResult &b) { return a.line < b.line; });
    Q_EMIT finished(m_results, problem);
    deleteLater();
}

QString SiteExport::spreadsheetSafe(const QString &value)
{
    return startsLikeFormula(value) ? QLatin1Char('\'') + value : value;
}

QStringList SiteExport::csvColumns()
{
    return {QStringLiteral("url"),
            QStringLiteral("user"),
            QStringLiteral("name"),
            QStringLiteral("group"),
            QStringLiteral("tags"),
            QStringLiteral("rest_root"),
            QStringLiteral("id"),
            QStringLiteral("user_id"),
            QStringLiteral("password_name"),
            QStringLiteral("last_check_at"),
            QStringLiteral("last_check_ok"),
            QStringLiteral("last_check_problem")};
}

QString SiteExport::toCsv(const QList<Site> &sites)
{
    QString csv = Csv::record(csvColumns());
    for (const Site &site : sites) {
        QStringList fields{
            site.baseUrl.toString(),
            site.userLogin,
            site.name,
            site.group,
            site.tags.join(QLatin1Char(',')),
            site.restRoot.toString(),
            site.id,
            site.userId > 0 ? QString::number(site.userId) : QString(),
            site.passwordName,
            site.lastCheck.isValid() ? site.lastCheck.at.toUTC().toString(Qt::ISODate) : QString(),
            site.lastCheck.isValid()
                ? (site.lastCheck.ok ? QStringLiteral("true") : QStringLiteral("false"))
                : QString(),
            site.lastCheck.problem,
        };
        for (QString &field : fields)
            field = spreadsheetSafe(field);
        csv += Csv::record(fields);
    }
    return csv;
}

QByteArray SiteExport::toJson(const QList<Site> &sites)
{
    QJsonArray array;
    for (const Site &site : sites) {
        QJsonObject object = site.toJson();
        object.insert(QStringLiteral("url"), site.baseUrl.toString());
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace Latchkey
