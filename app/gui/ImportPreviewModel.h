#pragma once

#include "fleet/SiteImport.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Latchkey {

// The rows of an import file with what the core plan says of each (new, already saved,
// repeated in the file, invalid and why) and, once imported, what became of it. Holds no
// password: only whether the row had one.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LineColumn,
        StatusColumn,
        NameColumn,
        UrlColumn,
        UserColumn,
        GroupColumn,
        PasswordColumn,
        DetailColumn,
        ColumnCount
    };

    enum Outcome
    {
        NotImportedYet,
        Imported,
        NotImported,
    };

    enum Role
    {
        StatusRole = Qt::UserRole + 1, // ImportRow::Status as int
        OutcomeRole,                   // Outcome as int
        LineRole,
    };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setPlan(const ImportPlan &plan);
    // What the importer did with the row of this line.
    void setResult(const SiteImporter::RowResult &result);
    // Rows still waiting when an import stopped (cancelled or a whole-import problem).
    void markUnfinished(const Problem &problem);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The status word shown for a row ("New", "Already saved", …).
    static QString statusText(const ImportRow &row);

private:
    struct Entry
    {
        ImportRow row; // password cleared
        bool hadPassword = false;
        Outcome outcome = NotImportedYet;
        Problem outcomeProblem;
    };

    QList<Entry> m_entries;
    QHash<int, int> m_rowOfLine;
};

} // namespace Latchkey
