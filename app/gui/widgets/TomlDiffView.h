// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/ConfigDiff.h"
#include "config/TomlDocument.h"
#include "widgets/DiffAlignment.h"

#include <QWidget>

#include <utility>

class QLabel;
class QStackedWidget;

namespace Ismw {

class CodePane;

// Two deployment.toml files compared: side by side, lines aligned by the
// semantic diff (fillers where one side has no counterpart) with scrolling
// kept in step, or unified in one pane. A gutter marks added, removed and
// changed lines by symbol and colour; next/previous change walk the changes.
// Secret values are masked unless revealed, in the text, the tooltips and
// anything a test or screen reader can read from the panes.
class TomlDiffView final : public QWidget
{
    Q_OBJECT
public:
    enum class Side { Left, Right };
    enum class ViewMode { SideBySide, Unified };

    explicit TomlDiffView(QWidget* parent = nullptr);
    ~TomlDiffView() override;

    // `changes` must be diffDocuments(left, right) (their oldPos/newPos align
    // the rows); `pairedPaths` put renamed keys on one row.
    void setComparison(const QString& leftTitle, const TomlDocument& left, const QString& rightTitle,
        const TomlDocument& right, const QList<ConfigChange>& changes,
        const QList<std::pair<QString, QString>>& pairedPaths = {});
    // Empties both sides, with `message` as the titles' text (e.g. "Reading…").
    void clear(const QString& message = {});

    void setViewMode(ViewMode mode);
    ViewMode viewMode() const { return m_mode; }
    void setSecretsRevealed(bool revealed);
    bool secretsRevealed() const { return m_revealed; }

    // Changes as navigation stops: the rows holding at least one change.
    int changeCount() const { return int(m_stops.size()); }
    // The stop the current row is, or -1 when the current row is no change.
    int currentChange() const;
    bool goToNextChange();
    bool goToPreviousChange();
    void goToChange(int index);
    // Makes the row of a line of one side current (a finding's line);
    // false when that side has no such line.
    bool showSourceLine(Side side, int line);
    // The line of the current row on one side; 0 on a filler or with no row.
    int currentSourceLine(Side side) const;

    const QList<DiffRow>& rows() const { return m_rows; }
    const QList<ConfigChange>& changes() const { return m_changes; }
    CodePane* pane(Side side) const;
    CodePane* unifiedPane() const { return m_unified; }

Q_SIGNALS:
    void currentChangeChanged(int index, int count);

private:
    void render();
    void setCurrentRow(int row, bool scroll = true);
    QString rowTip(const DiffRow& row, Side side) const;
    void syncScrolling();

    QStackedWidget* m_stack;
    QLabel* m_leftTitle;
    QLabel* m_rightTitle;
    QLabel* m_unifiedTitle;
    CodePane* m_left;
    CodePane* m_right;
    CodePane* m_unified;

    TomlDocument m_leftDoc;
    TomlDocument m_rightDoc;
    QList<ConfigChange> m_changes;
    QList<DiffRow> m_rows;
    QList<int> m_stops; // row indexes, ascending
    QList<int> m_unifiedBlockOfRow;
    int m_currentRow = -1;
    ViewMode m_mode = ViewMode::SideBySide;
    bool m_revealed = false;
    bool m_filling = false; // panes being refilled: their cursor moves are ours
};

} // namespace Ismw
