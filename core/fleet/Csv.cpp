#include "fleet/Csv.h"

#include <QCoreApplication>

namespace Latchkey::Csv {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Latchkey::Csv", text);
}

bool isBlank(const Record &record)
{
    return record.fields.size() == 1 && record.fields.first().trimmed().isEmpty();
}

} // namespace

Result<QList<Record>> parse(const QString &text)
{
    QList<Record> records;
    qsizetype i = text.startsWith(QChar(0xFEFF)) ? 1 : 0;
    const qsizetype size = text.size();
    int line = 1;
    Record current{line, {}};
    QString value;
    bool quoted = false;     // inside quotes
    bool afterQuote = false; // the field's closing quote has been read
    bool recordStarted = false;
    const auto endField = [&] {
        current.fields.append(value);
        value.clear();
        afterQuote = false;
    };
    const auto endRecord = [&] {
        endField();
        if (!isBlank(current))
            records.append(current);
        current = Record{line, {}};
        recordStarted = false;
    };
    while (i < size) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < size && text.at(i + 1) == QLatin1Char('"')) {
                    value.append(QLatin1Char('"'));
                    i += 2;
                    continue;
                }
                quoted = false;
                afterQuote = true;
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                value.append(c);
            }
            ++i;
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++line;
            endRecord();
        } else if (c == QLatin1Char('"') && value.isEmpty() && !afterQuote) {
            quoted = true;
        } else if (afterQuote) {
            return Problem(ProblemCode::InvalidInput,
                           tr("Line %1: text after a closing quote.").arg(line),
                           tr("Quote the whole field and double any quote inside it."));
        } else {
            value.append(c);
        }
        recordStarted = true;
        ++i;
    }
    if (quoted) {
        return Problem(ProblemCode::InvalidInput,
                       tr("Line %1: a quoted field never ends.").arg(current.line),
                       tr("Close the quote, and double any quote inside the field."));
    }
    if (recordStarted || !value.isEmpty() || !current.fields.isEmpty())
        endRecord();
    return records;
}

QString field(const QString &value)
{
    const bool needsQuotes = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                             value.contains(QLatin1Char('\n')) ||
                             value.contains(QLatin1Char('\r')) ||
                             value.startsWith(QLatin1Char(' ')) || value.endsWith(QLatin1Char(' '));
    if (!needsQuotes)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString record(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &value : fields)
        quoted.append(field(value));
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace Latchkey::Csv
