// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QList>
#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace Ismw {

// How a line of a pane is marked in its gutter and background. Always a
// symbol and a colour together, so a mark reads without colour too.
enum class LineMark { None, Added, Removed, Changed, Filler, Error };

// What the gutter shows for one block of an aligned pane.
struct PaneLine
{
    int number = 0; // 1-based line in its file; 0 for a filler line
    int otherNumber = 0; // the unified view's second column (the right file's line)
    LineMark mark = LineMark::None;
    QString tip; // the gutter's tooltip for this line, already masked
};

// A code pane: KSyntaxHighlighting (TOML unless setDefinitionName() says otherwise) in a theme that
// follows the palette, a gutter with line numbers and change marks, and
// whole-line backgrounds for marked lines. Two ways to fill it:
//  - setAlignedLines(): read-only rows of a diff, where block n is not line
//    n of a file (filler lines, two files in one pane), so the gutter shows
//    the numbers it is given;
//  - as an ordinary editor (setPlainText / typing), numbered by block, with
//    marks set by line through setLineMarks().
class CodePane final : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CodePane(QWidget* parent = nullptr);
    ~CodePane() override;

    // Highlights with the first of `names` that KSyntaxHighlighting knows
    // ("SQL (PostgreSQL)", "SQL"); TOML until then. False when none is known.
    bool setDefinitionName(const QStringList& names);
    QString definitionName() const;

    void setAlignedLines(const QStringList& lines, const QList<PaneLine>& info, bool twoNumberColumns);
    bool isAligned() const { return m_aligned; }
    // Editor mode only: marks by 1-based line; cleared by setPlainText().
    void setLineMarks(const QHash<int, LineMark>& marks, const QHash<int, QString>& tips = {});

    // The gutter data of a block (aligned mode), or a numbered default.
    PaneLine lineInfo(int block) const;
    // The block whose gutter number is `line` (aligned: first match), -1 if none.
    int blockOfLine(int line) const;
    // Frames a block as "the current change"; -1 for none.
    void setCurrentBlock(int block);
    int currentBlock() const { return m_currentBlock; }
    // Moves the cursor to a block and scrolls it to the middle of the pane.
    void showBlock(int block);

    int gutterWidth() const;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    class Gutter;
    friend class Gutter;
    void paintGutter(QPaintEvent* event);
    QString gutterTip(const QPoint& pos) const;
    void updateGutterWidth();
    void applyTheme();
    LineMark markOf(int block) const;

    Gutter* m_gutter;
    KSyntaxHighlighting::SyntaxHighlighter* m_highlighter;
    bool m_aligned = false;
    bool m_twoColumns = false;
    QList<PaneLine> m_info;
    QHash<int, LineMark> m_marks;
    QHash<int, QString> m_tips;
    int m_currentBlock = -1;
};

// The colours of the marks, derived from a palette so that they suit a light
// and a dark one alike.
struct DiffColors
{
    QColor addedBackground, removedBackground, changedBackground, errorBackground;
    QColor addedMark, removedMark, changedMark, errorMark;
    QColor filler, gutterBackground, gutterText, current;

    static DiffColors fromPalette(const QPalette& palette);
    QColor background(LineMark mark) const;
    QColor markColor(LineMark mark) const;
};

// The gutter symbol of a mark: "+", "−", "~", "✖"; empty for none.
QString lineMarkSymbol(LineMark mark);

} // namespace Ismw
