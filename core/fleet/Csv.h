#pragma once

#include "Problem.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Latchkey::Csv {

struct Record
{
    int line = 0; // where the record starts, from 1
    QStringList fields;
};

// RFC 4180: fields separated by commas, records by CRLF or LF; a field in double quotes may
// hold commas, line breaks and doubled quotes. A leading byte-order mark and blank lines are
// skipped. An unterminated quote or text after a closing quote is invalid_input with the line.
Result<QList<Record>> parse(const QString &text);

// One field, quoted when it has to be.
QString field(const QString &value);
// One record with its CRLF.
QString record(const QStringList &fields);

} // namespace Latchkey::Csv
