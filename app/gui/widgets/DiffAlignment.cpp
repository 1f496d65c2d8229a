// SPDX-License-Identifier: Apache-2.0
#include "widgets/DiffAlignment.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {

// "[name]" or "[[name]]" without spaces for a table header line, else empty.
QString tableHeader(const QString& line)
{
    static const QRegularExpression header(uR"(^\s*(\[\[?)\s*([^\[\]#]+?)\s*(\]\]?)\s*(#.*)?$)"_s);
    const QRegularExpressionMatch match = header.match(line);
    if (!match.hasMatch() || match.capturedLength(1) != match.capturedLength(3))
        return {};
    QString name = match.captured(2);
    name.remove(u' ');
    return match.captured(1) + name + match.captured(3);
}

// [table] header names by line, for headers that occur once in the text.
// [[array]] headers repeat by nature and are left to their keys.
QHash<QString, int> uniqueTableHeaders(const QStringList& lines)
{
    QHash<QString, int> lineOf;
    QSet<QString> repeated;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString name = tableHeader(lines.at(i));
        if (name.isEmpty() || name.startsWith(u"[["))
            continue;
        if (lineOf.contains(name))
            repeated.insert(name);
        lineOf.insert(name, int(i) + 1);
    }
    for (const QString& name : std::as_const(repeated))
        lineOf.remove(name);
    return lineOf;
}

DiffRow makeRow(int left, int right)
{
    DiffRow row;
    row.left = left;
    row.right = right;
    return row;
}

QSet<int> keyLines(const TomlDocument& document)
{
    QSet<int> lines;
    for (const TomlEntry& entry : document.entries())
        if (entry.pos.isValid())
            lines.insert(entry.pos.line);
    return lines;
}

// The longest chain of anchors increasing on both sides (anchors come sorted
// by left line, each left line once): patience-style LIS over right lines.
QList<std::pair<int, int>> increasingChain(const QList<std::pair<int, int>>& anchors)
{
    QList<int> tailIndex; // for each chain length, the anchor ending the best chain
    QList<int> previous(anchors.size(), -1);
    for (int i = 0; i < anchors.size(); ++i) {
        const int right = anchors.at(i).second;
        const auto position = std::lower_bound(tailIndex.begin(), tailIndex.end(), right,
            [&anchors](int index, int value) { return anchors.at(index).second < value; });
        const qsizetype length = position - tailIndex.begin();
        previous[i] = length > 0 ? tailIndex.at(length - 1) : -1;
        if (position == tailIndex.end())
            tailIndex.append(i);
        else
            *position = i;
    }
    QList<std::pair<int, int>> chain;
    for (int i = tailIndex.isEmpty() ? -1 : tailIndex.constLast(); i >= 0; i = previous.at(i))
        chain.prepend(anchors.at(i));
    return chain;
}

} // namespace

QStringList splitTextLines(const QString& text)
{
    QStringList lines = text.split(u'\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    for (QString& line : lines)
        if (line.endsWith(u'\r'))
            line.chop(1);
    return lines;
}

QList<DiffRow> alignTomlDocuments(const TomlDocument& left, const TomlDocument& right,
    const QList<ConfigChange>& changes, const QList<std::pair<QString, QString>>& pairedPaths)
{
    const QStringList leftLines = splitTextLines(QString::fromUtf8(left.text()));
    const QStringList rightLines = splitTextLines(QString::fromUtf8(right.text()));
    const int leftCount = int(leftLines.size());
    const int rightCount = int(rightLines.size());

    // Candidate anchors, left line → right line; the first claim of a line wins.
    QMap<int, int> candidates;
    QSet<int> rightTaken;
    const auto claim = [&](int l, int r) {
        if (l <= 0 || r <= 0 || l > leftCount || r > rightCount || candidates.contains(l)
            || rightTaken.contains(r))
            return;
        candidates.insert(l, r);
        rightTaken.insert(r);
    };
    for (const ConfigChange& change : changes)
        if (change.oldPos.isValid() && change.newPos.isValid())
            claim(change.oldPos.line, change.newPos.line);
    for (const auto& [from, to] : pairedPaths) {
        const TomlEntry* l = left.find(from);
        const TomlEntry* r = right.find(to);
        if (l && r)
            claim(l->pos.line, r->pos.line);
    }
    for (const TomlEntry& entry : left.entries())
        if (const TomlEntry* other = right.find(entry.path))
            claim(entry.pos.line, other->pos.line);
    const QHash<QString, int> leftHeaders = uniqueTableHeaders(leftLines);
    const QHash<QString, int> rightHeaders = uniqueTableHeaders(rightLines);
    for (auto it = leftHeaders.cbegin(); it != leftHeaders.cend(); ++it)
        if (const int r = rightHeaders.value(it.key()); r > 0)
            claim(it.value(), r);

    QList<std::pair<int, int>> anchors;
    for (auto it = candidates.cbegin(); it != candidates.cend(); ++it)
        anchors.append({ it.key(), it.value() });
    QList<std::pair<int, int>> chain = increasingChain(anchors);
    chain.append({ leftCount + 1, rightCount + 1 }); // the end, as a last anchor

    const QSet<int> leftKeys = keyLines(left);
    const QSet<int> rightKeys = keyLines(right);
    QList<DiffRow> rows;
    rows.reserve(std::max(leftCount, rightCount) + 16);
    int l = 1;
    int r = 1;
    for (const auto& [anchorLeft, anchorRight] : std::as_const(chain)) {
        // The gap before the anchor. A key line without a partner faces a
        // filler, and so does a table header facing anything but the same
        // header; other lines (comments, blanks) pair in order.
        while (l < anchorLeft || r < anchorRight) {
            const bool haveLeft = l < anchorLeft;
            const bool haveRight = r < anchorRight;
            if (haveLeft && leftKeys.contains(l)) {
                rows.append(makeRow(l++, 0));
            } else if (haveRight && rightKeys.contains(r)) {
                rows.append(makeRow(0, r++));
            } else if (haveLeft && haveRight) {
                const QString leftHeader = tableHeader(leftLines.at(l - 1));
                const QString rightHeader = tableHeader(rightLines.at(r - 1));
                if (leftHeader == rightHeader)
                    rows.append(makeRow(l++, r++));
                else if (!leftHeader.isEmpty() && rightHeader.isEmpty())
                    rows.append(makeRow(0, r++)); // the right side may reach the same header
                else
                    rows.append(makeRow(l++, 0));
            } else if (haveLeft) {
                rows.append(makeRow(l++, 0));
            } else {
                rows.append(makeRow(0, r++));
            }
        }
        if (anchorLeft <= leftCount && anchorRight <= rightCount)
            rows.append(makeRow(l++, r++));
    }

    QHash<int, int> rowOfLeft;
    QHash<int, int> rowOfRight;
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).left > 0)
            rowOfLeft.insert(rows.at(i).left, i);
        if (rows.at(i).right > 0)
            rowOfRight.insert(rows.at(i).right, i);
    }
    const auto mark = [&rows](int row, int change, LineMark DiffRow::*side, LineMark value) {
        if (row < 0)
            return;
        rows[row].*side = value;
        if (!rows[row].changes.contains(change))
            rows[row].changes.append(change);
    };
    for (int k = 0; k < changes.size(); ++k) {
        const ConfigChange& change = changes.at(k);
        const int leftRow = change.oldPos.isValid() ? rowOfLeft.value(change.oldPos.line, -1) : -1;
        const int rightRow = change.newPos.isValid() ? rowOfRight.value(change.newPos.line, -1) : -1;
        switch (change.kind) {
        case ChangeKind::Added:
            mark(rightRow, k, &DiffRow::rightMark, LineMark::Added);
            break;
        case ChangeKind::Removed:
            mark(leftRow, k, &DiffRow::leftMark, LineMark::Removed);
            break;
        default:
            mark(leftRow, k, &DiffRow::leftMark, LineMark::Changed);
            mark(rightRow, k, &DiffRow::rightMark, LineMark::Changed);
            break;
        }
    }
    return rows;
}

} // namespace Ismw
