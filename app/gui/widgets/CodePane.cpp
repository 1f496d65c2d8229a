// SPDX-License-Identifier: Apache-2.0
#include "widgets/CodePane.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QEvent>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {

// Loading the definitions is the expensive part; every pane shares them.
Q_GLOBAL_STATIC(KSyntaxHighlighting::Repository, s_repository)

QColor blend(const QColor& base, const QColor& tint, qreal amount)
{
    return QColor::fromRgbF(float(base.redF() + (tint.redF() - base.redF()) * amount),
        float(base.greenF() + (tint.greenF() - base.greenF()) * amount),
        float(base.blueF() + (tint.blueF() - base.blueF()) * amount));
}

constexpr int kPadding = 4;

} // namespace

DiffColors DiffColors::fromPalette(const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const bool dark = base.lightnessF() < 0.5;
    // Tints strong enough to tell apart on either base, weak enough to keep
    // the highlighted text readable; the symbols carry the meaning anyway.
    const QColor green = dark ? QColor(0x3f, 0xb9, 0x50) : QColor(0x1a, 0x7f, 0x37);
    const QColor red = dark ? QColor(0xf8, 0x51, 0x49) : QColor(0xcf, 0x22, 0x2e);
    const QColor amber = dark ? QColor(0xd2, 0x99, 0x22) : QColor(0x9a, 0x67, 0x00);
    const qreal tint = dark ? 0.3 : 0.14;
    DiffColors c;
    c.addedBackground = blend(base, green, tint);
    c.removedBackground = blend(base, red, tint);
    c.changedBackground = blend(base, amber, tint);
    c.errorBackground = blend(base, red, tint * 1.4);
    c.addedMark = green;
    c.removedMark = red;
    c.changedMark = amber;
    c.errorMark = red;
    c.filler = blend(base, text, dark ? 0.18 : 0.15);
    c.gutterBackground = blend(base, text, 0.05);
    c.gutterText = blend(base, text, 0.55);
    c.current = palette.color(QPalette::Highlight);
    return c;
}

QColor DiffColors::background(LineMark mark) const
{
    switch (mark) {
    case LineMark::Added:
        return addedBackground;
    case LineMark::Removed:
        return removedBackground;
    case LineMark::Changed:
        return changedBackground;
    case LineMark::Error:
        return errorBackground;
    case LineMark::None:
    case LineMark::Filler:
        break;
    }
    return {};
}

QColor DiffColors::markColor(LineMark mark) const
{
    switch (mark) {
    case LineMark::Added:
        return addedMark;
    case LineMark::Removed:
        return removedMark;
    case LineMark::Changed:
        return changedMark;
    case LineMark::Error:
        return errorMark;
    case LineMark::None:
    case LineMark::Filler:
        break;
    }
    return {};
}

QString lineMarkSymbol(LineMark mark)
{
    switch (mark) {
    case LineMark::Added:
        return u"+"_s;
    case LineMark::Removed:
        return u"−"_s;
    case LineMark::Changed:
        return u"~"_s;
    case LineMark::Error:
        return u"✖"_s;
    case LineMark::None:
    case LineMark::Filler:
        break;
    }
    return {};
}

class CodePane::Gutter final : public QWidget
{
public:
    explicit Gutter(CodePane* pane)
        : QWidget(pane)
        , m_pane(pane)
    {
    }
    QSize sizeHint() const override { return { m_pane->gutterWidth(), 0 }; }

protected:
    void paintEvent(QPaintEvent* event) override { m_pane->paintGutter(event); }
    bool event(QEvent* event) override
    {
        if (event->type() == QEvent::ToolTip) {
            auto* help = static_cast<QHelpEvent*>(event);
            const QString tip = m_pane->gutterTip(help->pos());
            if (tip.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(), tip, this);
            return true;
        }
        return QWidget::event(event);
    }

private:
    CodePane* m_pane;
};

CodePane::CodePane(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_gutter(new Gutter(this))
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Rows of a diff line up only when no line wraps.
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(fontMetrics().horizontalAdvance(u' ') * 4);
    m_highlighter->setDefinition(s_repository->definitionForName(u"TOML"_s));
    applyTheme();

    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodePane::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect& rect, int dy) {
        if (dy)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    updateGutterWidth();
}

CodePane::~CodePane() = default;

bool CodePane::setDefinitionName(const QStringList& names)
{
    // The first definition this KSyntaxHighlighting has: dialect-specific SQL
    // definitions came and went between releases, plain "SQL" is always there.
    for (const QString& name : names) {
        const KSyntaxHighlighting::Definition definition = s_repository->definitionForName(name);
        if (definition.isValid()) {
            m_highlighter->setDefinition(definition);
            m_highlighter->rehighlight();
            return true;
        }
    }
    return false;
}

QString CodePane::definitionName() const
{
    return m_highlighter->definition().name();
}

void CodePane::setAlignedLines(const QStringList& lines, const QList<PaneLine>& info, bool twoNumberColumns)
{
    Q_ASSERT(lines.size() == info.size());
    m_aligned = true;
    m_twoColumns = twoNumberColumns;
    m_info = info;
    m_marks.clear();
    m_tips.clear();
    m_currentBlock = -1;
    // A read-only pane refilled on every decision: no undo history to keep.
    setUndoRedoEnabled(false);
    setPlainText(lines.join(u'\n'));
    updateGutterWidth();
    viewport()->update();
}

void CodePane::setLineMarks(const QHash<int, LineMark>& marks, const QHash<int, QString>& tips)
{
    if (m_aligned) {
        // Back to an editor: the aligned rows no longer describe the text.
        m_aligned = false;
        m_twoColumns = false;
        m_info.clear();
        setUndoRedoEnabled(true);
    }
    m_marks = marks;
    m_tips = tips;
    updateGutterWidth();
    viewport()->update();
    m_gutter->update();
}

PaneLine CodePane::lineInfo(int block) const
{
    if (m_aligned)
        return block >= 0 && block < m_info.size() ? m_info.at(block) : PaneLine {};
    return { block + 1, 0, m_marks.value(block + 1, LineMark::None), m_tips.value(block + 1) };
}

LineMark CodePane::markOf(int block) const
{
    return lineInfo(block).mark;
}

int CodePane::blockOfLine(int line) const
{
    if (line <= 0)
        return -1;
    if (!m_aligned)
        return line <= blockCount() ? line - 1 : -1;
    for (qsizetype i = 0; i < m_info.size(); ++i)
        if (m_info.at(i).number == line)
            return int(i);
    return -1;
}

void CodePane::setCurrentBlock(int block)
{
    m_currentBlock = block;
    viewport()->update();
    m_gutter->update();
}

void CodePane::showBlock(int block)
{
    const QTextBlock target = document()->findBlockByNumber(block);
    if (!target.isValid())
        return;
    setTextCursor(QTextCursor(target));
    centerCursor();
}

int CodePane::gutterWidth() const
{
    const QFontMetrics metrics(font());
    // The current line's number is drawn bold, and bold digits are wider.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    int lines = m_aligned ? 1 : blockCount();
    for (const PaneLine& line : m_info)
        lines = std::max({ lines, line.number, line.otherNumber });
    const int digits = std::max(3, int(QString::number(lines).size()));
    const int numberWidth = boldMetrics.horizontalAdvance(QString(digits, u'9'));
    const int markWidth = metrics.horizontalAdvance(u"✖"_s) + kPadding;
    return kPadding + numberWidth * (m_twoColumns ? 2 : 1) + (m_twoColumns ? kPadding * 2 : 0) + kPadding
        + markWidth + 3;
}

void CodePane::updateGutterWidth()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), gutterWidth(), cr.height()));
    m_gutter->update();
}

void CodePane::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), gutterWidth(), cr.height()));
}

void CodePane::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyTheme();
    } else if (event->type() == QEvent::FontChange) {
        m_gutter->setFont(font());
        setTabStopDistance(fontMetrics().horizontalAdvance(u' ') * 4);
        updateGutterWidth();
    }
}

void CodePane::applyTheme()
{
    // The highlighting follows the palette (Breeze Light or Dark), so the
    // text keeps its contrast when the desktop switches to a dark scheme.
    const KSyntaxHighlighting::Theme theme = s_repository->themeForPalette(palette());
    if (theme.name() == m_highlighter->theme().name())
        return;
    m_highlighter->setTheme(theme);
    m_highlighter->rehighlight();
}

void CodePane::paintEvent(QPaintEvent* event)
{
    // Line backgrounds first, under the text QPlainTextEdit paints.
    {
        QPainter painter(viewport());
        const DiffColors colors = DiffColors::fromPalette(palette());
        const QPointF offset = contentOffset();
        const int width = viewport()->width();
        for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
            const QRectF rect = blockBoundingGeometry(block).translated(offset);
            if (rect.top() > event->rect().bottom())
                break;
            const QRectF row(0, rect.top(), width, rect.height());
            const LineMark mark = markOf(block.blockNumber());
            if (mark == LineMark::Filler)
                painter.fillRect(row, QBrush(colors.filler, Qt::BDiagPattern));
            else if (mark != LineMark::None)
                painter.fillRect(row, colors.background(mark));
            if (block.blockNumber() == m_currentBlock) {
                painter.setPen(QPen(colors.current, 2));
                painter.drawRect(row.adjusted(1, 1, -1, -1));
            }
        }
    }
    QPlainTextEdit::paintEvent(event);
}

void CodePane::paintGutter(QPaintEvent* event)
{
    QPainter painter(m_gutter);
    const DiffColors colors = DiffColors::fromPalette(palette());
    painter.fillRect(event->rect(), colors.gutterBackground);
    const QFontMetrics metrics(font());
    // The exact inverse of gutterWidth(): what is left for the numbers.
    const int digitsWidth = (m_gutter->width() - kPadding * 3 - 3 - metrics.horizontalAdvance(u"✖"_s)
                                - (m_twoColumns ? kPadding * 2 : 0))
        / (m_twoColumns ? 2 : 1);
    const int markX = m_gutter->width() - 3 - kPadding - metrics.horizontalAdvance(u"✖"_s);
    QFont bold = font();
    bold.setBold(true);

    QTextBlock block = firstVisibleBlock();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    while (block.isValid() && top <= event->rect().bottom()) {
        const qreal height = blockBoundingRect(block).height();
        if (block.isVisible() && top + height >= event->rect().top()) {
            const int number = block.blockNumber();
            const PaneLine info = lineInfo(number);
            const QRectF row(0, top, m_gutter->width(), metrics.height());
            painter.setFont(number == m_currentBlock ? bold : font());
            painter.setPen(number == m_currentBlock ? palette().color(QPalette::Text) : colors.gutterText);
            if (info.number > 0)
                painter.drawText(QRectF(kPadding, top, digitsWidth, row.height()), Qt::AlignRight,
                    QString::number(info.number));
            if (m_twoColumns && info.otherNumber > 0)
                painter.drawText(QRectF(kPadding * 3 + digitsWidth, top, digitsWidth, row.height()),
                    Qt::AlignRight, QString::number(info.otherNumber));
            const QString symbol = lineMarkSymbol(info.mark);
            if (!symbol.isEmpty()) {
                const QColor color = colors.markColor(info.mark);
                painter.setFont(bold);
                painter.setPen(color);
                painter.drawText(
                    QRectF(markX, top, metrics.horizontalAdvance(u"✖"_s) + kPadding, row.height()),
                    Qt::AlignHCenter, symbol);
                painter.fillRect(QRectF(m_gutter->width() - 3, top, 3, height), color);
            }
        }
        top += height;
        block = block.next();
    }
}

QString CodePane::gutterTip(const QPoint& pos) const
{
    const QTextBlock block = cursorForPosition(QPoint(0, pos.y())).block();
    return block.isValid() ? lineInfo(block.blockNumber()).tip : QString();
}

} // namespace Ismw
