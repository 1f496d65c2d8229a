// SPDX-License-Identifier: Apache-2.0
#include "widgets/TomlDiffView.h"

#include "widgets/CodePane.h"
#include "widgets/SecretMasking.h"

#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBlock>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {

QLabel* makeTitle(QWidget* parent)
{
    auto* title = new QLabel(parent);
    // A long path must not widen the pane: it is cut, and the tooltip has it whole.
    title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    title->setTextFormat(Qt::PlainText);
    QFont font = title->font();
    font.setBold(true);
    title->setFont(font);
    return title;
}

CodePane* makePane(QWidget* parent)
{
    auto* pane = new CodePane(parent);
    pane->setReadOnly(true);
    // Read-only, but a keyboard user can still move through the lines.
    pane->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return pane;
}

QWidget* titled(QLabel* title, CodePane* pane, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(title);
    layout->addWidget(pane, 1);
    return box;
}

} // namespace

TomlDiffView::TomlDiffView(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_leftTitle(makeTitle(this))
    , m_rightTitle(makeTitle(this))
    , m_unifiedTitle(makeTitle(this))
    , m_left(makePane(this))
    , m_right(makePane(this))
    , m_unified(makePane(this))
{
    m_left->setObjectName(u"leftPane"_s);
    m_right->setObjectName(u"rightPane"_s);
    m_unified->setObjectName(u"unifiedPane"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    auto* splitter = new QSplitter(Qt::Horizontal, m_stack);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(titled(m_leftTitle, m_left, splitter));
    splitter->addWidget(titled(m_rightTitle, m_right, splitter));
    m_stack->addWidget(splitter);
    m_stack->addWidget(titled(m_unifiedTitle, m_unified, m_stack));

    // The same viewport height on both sides keeps the scroll ranges equal,
    // so the rows stay level down to the last line.
    m_left->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_right->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    syncScrolling();

    for (CodePane* pane : { m_left, m_right, m_unified }) {
        connect(pane, &QPlainTextEdit::cursorPositionChanged, this, [this, pane] {
            const int block = pane->textCursor().blockNumber();
            int row = block;
            if (pane == m_unified) {
                const auto it
                    = std::upper_bound(m_unifiedBlockOfRow.cbegin(), m_unifiedBlockOfRow.cend(), block);
                row = int(it - m_unifiedBlockOfRow.cbegin()) - 1;
            }
            // A click or a cursor key moves the current row, without the
            // re-centring a jump does. Refilling a pane moves its cursor too:
            // that is no choice of the user's.
            if (!m_filling && row >= 0 && row < m_rows.size() && row != m_currentRow)
                setCurrentRow(row, false);
        });
    }
    clear();
}

TomlDiffView::~TomlDiffView() = default;

void TomlDiffView::syncScrolling()
{
    const auto link = [this](QScrollBar* a, QScrollBar* b) {
        connect(a, &QScrollBar::valueChanged, b, &QScrollBar::setValue);
        connect(b, &QScrollBar::valueChanged, a, &QScrollBar::setValue);
    };
    link(m_left->verticalScrollBar(), m_right->verticalScrollBar());
    link(m_left->horizontalScrollBar(), m_right->horizontalScrollBar());
}

CodePane* TomlDiffView::pane(Side side) const
{
    return side == Side::Left ? m_left : m_right;
}

void TomlDiffView::clear(const QString& message)
{
    m_leftDoc = {};
    m_rightDoc = {};
    m_changes.clear();
    m_rows.clear();
    m_stops.clear();
    m_unifiedBlockOfRow.clear();
    m_currentRow = -1;
    m_filling = true;
    for (CodePane* pane : { m_left, m_right, m_unified })
        pane->setAlignedLines({}, {}, pane == m_unified);
    m_filling = false;
    for (QLabel* title : { m_leftTitle, m_rightTitle, m_unifiedTitle }) {
        title->setText(message);
        title->setToolTip({});
    }
    // Named before there is anything to compare too: a screen reader user
    // who tabs into an empty pane must still hear which one it is.
    m_left->setAccessibleName(tr("Left file of the comparison"));
    m_right->setAccessibleName(tr("Right file of the comparison"));
    m_unified->setAccessibleName(tr("Both files, unified"));
    Q_EMIT currentChangeChanged(-1, 0);
}

void TomlDiffView::setComparison(const QString& leftTitle, const TomlDocument& left,
    const QString& rightTitle, const TomlDocument& right, const QList<ConfigChange>& changes,
    const QList<std::pair<QString, QString>>& pairedPaths)
{
    m_leftDoc = left;
    m_rightDoc = right;
    m_changes = changes;
    m_rows = alignTomlDocuments(left, right, changes, pairedPaths);
    m_stops.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        if (!m_rows.at(i).changes.isEmpty())
            m_stops.append(i);
    m_leftTitle->setText(leftTitle);
    m_rightTitle->setText(rightTitle);
    m_unifiedTitle->setText(tr("%1  →  %2").arg(leftTitle, rightTitle));
    m_leftTitle->setToolTip(left.fileName());
    m_rightTitle->setToolTip(right.fileName());
    m_unifiedTitle->setToolTip(tr("%1 → %2").arg(left.fileName(), right.fileName()));
    m_left->setAccessibleName(tr("Left: %1").arg(leftTitle));
    m_right->setAccessibleName(tr("Right: %1").arg(rightTitle));
    m_unified->setAccessibleName(tr("Unified: %1 to %2").arg(leftTitle, rightTitle));
    m_currentRow = -1;
    render();
    Q_EMIT currentChangeChanged(currentChange(), changeCount());
}

QString TomlDiffView::rowTip(const DiffRow& row, Side side) const
{
    QStringList tips;
    for (int index : row.changes) {
        const ConfigChange& change = m_changes.at(index);
        const QString before = displayValue(change.path, change.oldValue, m_revealed);
        const QString after = displayValue(change.path, change.newValue, m_revealed);
        switch (change.kind) {
        case ChangeKind::Added:
            if (side == Side::Right)
                tips << tr("Added: %1 = %2").arg(change.path, after);
            break;
        case ChangeKind::Removed:
            if (side == Side::Left)
                tips << tr("Removed: %1 (was %2)").arg(change.path, before);
            break;
        case ChangeKind::TypeChanged:
            tips << tr("Type changed: %1 from %2 %3 to %4 %5")
                        .arg(change.path, change.oldType, before, change.newType, after);
            break;
        case ChangeKind::Moved:
            tips << tr("Moved: %1").arg(change.path);
            break;
        case ChangeKind::CommentChanged:
            tips << tr("Comment changed: %1").arg(change.path);
            break;
        case ChangeKind::Changed:
            tips << tr("Changed: %1 from %2 to %3").arg(change.path, before, after);
            break;
        }
    }
    return tips.join(u'\n');
}

void TomlDiffView::render()
{
    const int leftScroll = m_left->verticalScrollBar()->value();
    const int unifiedScroll = m_unified->verticalScrollBar()->value();
    const auto textOf = [this](const TomlDocument& document) {
        return splitTextLines(m_revealed ? QString::fromUtf8(document.text()) : maskedTomlText(document));
    };
    const QStringList leftText = textOf(m_leftDoc);
    const QStringList rightText = textOf(m_rightDoc);
    const auto lineAt = [](const QStringList& lines, int line) {
        return line > 0 && line <= lines.size() ? lines.at(line - 1) : QString();
    };

    QStringList leftLines, rightLines, unifiedLines;
    QList<PaneLine> leftInfo, rightInfo, unifiedInfo;
    m_unifiedBlockOfRow.clear();
    for (const DiffRow& row : std::as_const(m_rows)) {
        const QString leftLine = lineAt(leftText, row.left);
        const QString rightLine = lineAt(rightText, row.right);
        const QString leftTip = rowTip(row, Side::Left);
        const QString rightTip = rowTip(row, Side::Right);
        leftLines << leftLine;
        rightLines << rightLine;
        leftInfo << PaneLine { row.left, 0, row.left > 0 ? row.leftMark : LineMark::Filler, leftTip };
        rightInfo << PaneLine { row.right, 0, row.right > 0 ? row.rightMark : LineMark::Filler, rightTip };

        // Unified: a line both sides share once, otherwise the left line
        // (as removed when it is part of a change) above the right one.
        m_unifiedBlockOfRow << int(unifiedLines.size());
        const bool marked = row.leftMark != LineMark::None || row.rightMark != LineMark::None;
        if (row.left > 0 && row.right > 0 && !marked && leftLine == rightLine) {
            unifiedLines << leftLine;
            unifiedInfo << PaneLine { row.left, row.right, LineMark::None, {} };
            continue;
        }
        if (row.left > 0) {
            unifiedLines << leftLine;
            unifiedInfo << PaneLine { row.left, 0, marked ? LineMark::Removed : LineMark::None, leftTip };
        }
        if (row.right > 0) {
            unifiedLines << rightLine;
            unifiedInfo << PaneLine { 0, row.right, marked ? LineMark::Added : LineMark::None, rightTip };
        }
    }
    m_filling = true;
    m_left->setAlignedLines(leftLines, leftInfo, false);
    m_right->setAlignedLines(rightLines, rightInfo, false);
    m_unified->setAlignedLines(unifiedLines, unifiedInfo, true);
    m_filling = false;
    m_left->verticalScrollBar()->setValue(leftScroll);
    m_unified->verticalScrollBar()->setValue(unifiedScroll);
    if (m_currentRow >= 0 && m_currentRow < m_rows.size()) {
        const int row = m_currentRow;
        m_currentRow = -1;
        setCurrentRow(row);
    }
}

void TomlDiffView::setViewMode(ViewMode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    m_stack->setCurrentIndex(mode == ViewMode::SideBySide ? 0 : 1);
    if (m_currentRow >= 0) {
        const int row = m_currentRow;
        m_currentRow = -1;
        setCurrentRow(row);
    }
}

void TomlDiffView::setSecretsRevealed(bool revealed)
{
    if (revealed == m_revealed)
        return;
    m_revealed = revealed;
    render();
}

int TomlDiffView::currentChange() const
{
    return int(m_stops.indexOf(m_currentRow));
}

void TomlDiffView::setCurrentRow(int row, bool scroll)
{
    m_currentRow = row;
    const int unifiedBlock = row >= 0 && row < m_unifiedBlockOfRow.size() ? m_unifiedBlockOfRow.at(row) : -1;
    m_left->setCurrentBlock(row);
    m_right->setCurrentBlock(row);
    m_unified->setCurrentBlock(unifiedBlock);
    if (row >= 0 && scroll) {
        // Both views follow, so switching between them keeps the place.
        m_left->showBlock(row);
        m_right->showBlock(row);
        m_unified->showBlock(unifiedBlock);
    }
    Q_EMIT currentChangeChanged(currentChange(), changeCount());
}

bool TomlDiffView::goToNextChange()
{
    const auto it = std::upper_bound(m_stops.cbegin(), m_stops.cend(), m_currentRow);
    if (it == m_stops.cend())
        return false;
    setCurrentRow(*it);
    return true;
}

bool TomlDiffView::goToPreviousChange()
{
    const auto it = std::lower_bound(m_stops.cbegin(), m_stops.cend(), m_currentRow);
    if (it == m_stops.cbegin() || m_currentRow < 0)
        return false;
    setCurrentRow(*std::prev(it));
    return true;
}

void TomlDiffView::goToChange(int index)
{
    if (index >= 0 && index < m_stops.size())
        setCurrentRow(m_stops.at(index));
}

bool TomlDiffView::showSourceLine(Side side, int line)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if ((side == Side::Left ? m_rows.at(i).left : m_rows.at(i).right) == line) {
            setCurrentRow(i);
            return true;
        }
    }
    return false;
}

int TomlDiffView::currentSourceLine(Side side) const
{
    if (m_currentRow < 0 || m_currentRow >= m_rows.size())
        return 0;
    return side == Side::Left ? m_rows.at(m_currentRow).left : m_rows.at(m_currentRow).right;
}

} // namespace Ismw
