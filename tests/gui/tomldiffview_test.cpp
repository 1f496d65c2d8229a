// SPDX-License-Identifier: Apache-2.0
#include "config/ConfigDiff.h"
#include "config/TomlDocument.h"
#include "secrets/SecretRedactor.h"
#include "widgets/CodePane.h"
#include "widgets/DiffAlignment.h"
#include "widgets/SecretMasking.h"
#include "widgets/TomlDiffView.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>

#include <QScrollBar>
#include <QSet>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Ismw;
using namespace Qt::StringLiterals;

namespace {

TomlDocument parse(const char* text, const QString& name)
{
    auto document = TomlDocument::parse(QByteArray(text), name);
    if (!document)
        qFatal("%s", qPrintable(document.error().toString()));
    return *document;
}

// Old and new deployment.toml with each kind of change, a comment only the
// old file has (so the lines shift) and secrets of every sort.
const char* const kOld = R"(# Old file
[server]
hostname = "iam.example.com"
node_ip = "127.0.0.1"

[super_admin]
username = "admin"
password = "Adm1n-S3cret"

# only in the old file
# another comment
[keystore.primary]
name = "wso2carbon.jks"
password = "$secret{keystore_password}"

[transport.https.properties]
proxyPort = 443
)";

const char* const kNew = R"(# New file
[server]
hostname = "iam.example.org"
node_ip = "127.0.0.1"

[super_admin]
username = "admin"
password = "Adm1n-S3cret"

[keystore.primary]
file_name = "wso2carbon.jks"
password = "$secret{keystore_password}"

[secrets]
keystore_password = "Q2lwaGVyVGV4dA=="

[oauth]
db = { user = "wso2", password = "Db-Pa55" }
)";

QList<ConfigChange> diffOf(const TomlDocument& left, const TomlDocument& right)
{
    return diffDocuments(left, right);
}

QColor foregroundAt(const QTextBlock& block, int column)
{
    for (const QTextLayout::FormatRange& range : block.layout()->formats())
        if (column >= range.start && column < range.start + range.length
            && range.format.hasProperty(QTextFormat::ForegroundBrush))
            return range.format.foreground().color();
    return {};
}

} // namespace

class TomlDiffViewTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tomlDefinitionIsAvailable()
    {
        KSyntaxHighlighting::Repository repository;
        QVERIFY(repository.definitionForName(u"TOML"_s).isValid());
    }

    void rowsAreAlignedByKey()
    {
        const TomlDocument left = parse(kOld, u"old.toml"_s);
        const TomlDocument right = parse(kNew, u"new.toml"_s);
        const QList<DiffRow> rows = alignTomlDocuments(left, right, diffOf(left, right),
            { { u"keystore.primary.name"_s, u"keystore.primary.file_name"_s } });
        // Every line of each side appears once, in order.
        QList<int> leftLines, rightLines;
        for (const DiffRow& row : rows) {
            if (row.left)
                leftLines << row.left;
            if (row.right)
                rightLines << row.right;
        }
        QCOMPARE(leftLines.size(), splitTextLines(QString::fromUtf8(left.text())).size());
        QCOMPARE(rightLines.size(), splitTextLines(QString::fromUtf8(right.text())).size());
        QVERIFY(std::is_sorted(leftLines.cbegin(), leftLines.cend()));
        QVERIFY(std::is_sorted(rightLines.cbegin(), rightLines.cend()));

        const auto rowWith = [&rows](int l, int r) {
            return std::any_of(rows.cbegin(), rows.cend(),
                [=](const DiffRow& row) { return row.left == l && row.right == r; });
        };
        QVERIFY(rowWith(3, 3)); // hostname, changed
        QVERIFY(rowWith(8, 8)); // super_admin.password, same
        QVERIFY(rowWith(12, 10)); // [keystore.primary] after the old-only comments
        QVERIFY(rowWith(13, 11)); // name → file_name, paired as a rename
        QVERIFY(rowWith(14, 12));
        // The old-only comments face fillers.
        QVERIFY(rowWith(10, 0) || rowWith(11, 0));
        for (const DiffRow& row : rows) {
            if (row.left == 3)
                QCOMPARE(row.leftMark, LineMark::Changed);
            if (row.right == 3)
                QCOMPARE(row.rightMark, LineMark::Changed);
            if (row.left == 13)
                QCOMPARE(row.leftMark, LineMark::Removed);
            if (row.right == 11)
                QCOMPARE(row.rightMark, LineMark::Added);
            if (row.left == 16 || row.left == 17) // a table and key only the old file has
                QCOMPARE(row.right, 0);
        }
    }

    void panesHaveEqualRowsAndScrollTogether()
    {
        const TomlDocument left = parse(kOld, u"old.toml"_s);
        const TomlDocument right = parse(kNew, u"new.toml"_s);
        TomlDiffView view;
        view.resize(700, 120);
        view.show();
        view.setComparison(u"Old"_s, left, u"New"_s, right, diffOf(left, right));
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        CodePane* l = view.pane(TomlDiffView::Side::Left);
        CodePane* r = view.pane(TomlDiffView::Side::Right);
        QCOMPARE(l->blockCount(), r->blockCount());
        QCOMPARE(l->blockCount(), int(view.rows().size()));
        // Fillers are empty lines marked as such, without a line number.
        bool sawFiller = false;
        for (int block = 0; block < r->blockCount(); ++block) {
            const PaneLine info = r->lineInfo(block);
            if (info.mark == LineMark::Filler) {
                sawFiller = true;
                QCOMPARE(info.number, 0);
                QVERIFY(r->document()->findBlockByNumber(block).text().isEmpty());
            }
        }
        QVERIFY(sawFiller);
        QVERIFY(l->verticalScrollBar()->maximum() > 0);
        l->verticalScrollBar()->setValue(5);
        QCOMPARE(r->verticalScrollBar()->value(), 5);
        r->verticalScrollBar()->setValue(2);
        QCOMPARE(l->verticalScrollBar()->value(), 2);
    }

    void nextAndPreviousVisitEveryChange()
    {
        const TomlDocument left = parse(kOld, u"old.toml"_s);
        const TomlDocument right = parse(kNew, u"new.toml"_s);
        const QList<ConfigChange> changes = diffOf(left, right);
        TomlDiffView view;
        view.resize(700, 300);
        view.show();
        view.setComparison(u"Old"_s, left, u"New"_s, right, changes);
        QVERIFY(view.changeCount() > 3);
        QCOMPARE(view.currentChange(), -1);
        QVERIFY(!view.goToPreviousChange());

        QSet<int> visited;
        for (int i = 0; i < view.changeCount(); ++i) {
            QVERIFY(view.goToNextChange());
            QCOMPARE(view.currentChange(), i);
            // The current row holds a change, on its line on either side.
            const int leftLine = view.currentSourceLine(TomlDiffView::Side::Left);
            const int rightLine = view.currentSourceLine(TomlDiffView::Side::Right);
            bool matches = false;
            for (int index : view.rows().at(view.pane(TomlDiffView::Side::Left)->currentBlock()).changes) {
                visited.insert(index);
                const ConfigChange& change = changes.at(index);
                matches = matches || (change.oldPos.isValid() && change.oldPos.line == leftLine)
                    || (change.newPos.isValid() && change.newPos.line == rightLine);
            }
            QVERIFY(matches);
            // The cursor is on that row in both panes, so the line is on screen.
            QCOMPARE(view.pane(TomlDiffView::Side::Right)->textCursor().blockNumber(),
                view.pane(TomlDiffView::Side::Left)->currentBlock());
        }
        QCOMPARE(visited.size(), changes.size());
        QVERIFY(!view.goToNextChange());
        const int last = view.currentChange();
        QVERIFY(view.goToPreviousChange());
        QCOMPARE(view.currentChange(), last - 1);

        // Unified: the same stops, in one pane.
        view.setViewMode(TomlDiffView::ViewMode::Unified);
        view.goToChange(0);
        CodePane* unified = view.unifiedPane();
        // A line both sides share shows once, a changed row twice.
        QVERIFY(unified->blockCount() > view.rows().size());
        QVERIFY(unified->blockCount() < view.rows().size() * 2);
        const PaneLine line = unified->lineInfo(unified->textCursor().blockNumber());
        QVERIFY(line.mark == LineMark::Removed || line.mark == LineMark::Added);
        QCOMPARE(unified->currentBlock(), unified->textCursor().blockNumber());
    }

    void findingLineBecomesCurrent()
    {
        const TomlDocument left = parse(kOld, u"old.toml"_s);
        const TomlDocument right = parse(kNew, u"new.toml"_s);
        TomlDiffView view;
        view.setComparison(u"Old"_s, left, u"New"_s, right, diffOf(left, right));
        QVERIFY(view.showSourceLine(TomlDiffView::Side::Left, 17));
        QCOMPARE(view.currentSourceLine(TomlDiffView::Side::Left), 17);
        QVERIFY(!view.showSourceLine(TomlDiffView::Side::Left, 500));
        // Next goes on from there, not from the top.
        view.showSourceLine(TomlDiffView::Side::Left, 1);
        QVERIFY(view.goToNextChange());
        QCOMPARE(view.currentSourceLine(TomlDiffView::Side::Left), 3);
    }

    void secretsAreMaskedUntilRevealed()
    {
        const TomlDocument left = parse(kOld, u"old.toml"_s);
        const TomlDocument right = parse(kNew, u"new.toml"_s);
        TomlDiffView view;
        view.setComparison(u"Old"_s, left, u"New"_s, right, diffOf(left, right));
        const QStringList secrets { u"Adm1n-S3cret"_s, u"$secret{keystore_password}"_s, u"Q2lwaGVyVGV4dA=="_s,
            u"Db-Pa55"_s };
        const auto allText = [&view] {
            QString text;
            for (CodePane* pane : { view.pane(TomlDiffView::Side::Left), view.pane(TomlDiffView::Side::Right),
                     view.unifiedPane() }) {
                text += pane->toPlainText();
                for (int block = 0; block < pane->blockCount(); ++block)
                    text += pane->lineInfo(block).tip;
            }
            return text;
        };
        QString shown = allText();
        for (const QString& secret : secrets)
            QVERIFY2(!shown.contains(secret), qPrintable(secret));
        QVERIFY(shown.contains(quotedSecretMask()));
        // What is not secret stays readable, the user name beside the password too.
        QVERIFY(shown.contains(u"db = { user = \"wso2\", password = \"••••••\" }"_s));
        QVERIFY(shown.contains(u"iam.example.org"_s));

        view.setSecretsRevealed(true);
        shown = allText();
        for (const QString& secret : secrets)
            QVERIFY2(shown.contains(secret), qPrintable(secret));
        view.setSecretsRevealed(false);
        QVERIFY(!allText().contains(u"Adm1n-S3cret"_s));
    }

    void maskedTextGoesBackToRealValues()
    {
        const TomlDocument original = parse(kNew, u"new.toml"_s);
        const QString masked = maskedTomlText(original);
        QCOMPARE(masked.count(u'\n'), QString::fromUtf8(original.text()).count(u'\n'));
        QVERIFY(!masked.contains(u"Db-Pa55"_s));
        // An edit elsewhere, the masks left alone: the real values come back.
        QString edited = masked;
        edited.replace(u"iam.example.org"_s, u"iam.example.net"_s);
        const auto maskedDocument = TomlDocument::parse(edited.toUtf8(), u"edited"_s);
        QVERIFY(maskedDocument);
        const auto real = unmaskedTomlText(edited.toUtf8(), *maskedDocument, original);
        QVERIFY(real);
        QString expected = QString::fromUtf8(original.text());
        expected.replace(u"iam.example.org"_s, u"iam.example.net"_s);
        QCOMPARE(QString::fromUtf8(*real), expected);

        // A masked value under a key the original lacks cannot be restored.
        edited += u"\n[extra]\nclient_secret = \"••••••\"\n"_s;
        const auto withNewKey = TomlDocument::parse(edited.toUtf8(), u"edited"_s);
        QVERIFY(withNewKey);
        const auto refused = unmaskedTomlText(edited.toUtf8(), *withNewKey, original);
        QVERIFY(!refused);
        QCOMPARE(refused.error().line, int(edited.count(u'\n')));
    }

    void multiLineSecretKeepsItsLines()
    {
        const TomlDocument document
            = parse("[a]\nprivate_key = \"\"\"\nline one\nline two\n\"\"\"\nafter = 1\n", u"x"_s);
        const QString masked = maskedTomlText(document);
        QVERIFY(!masked.contains(u"line one"_s));
        QCOMPARE(splitTextLines(masked).size(), splitTextLines(QString::fromUtf8(document.text())).size());
        QCOMPARE(splitTextLines(masked).at(5), u"after = 1"_s);
    }

    // Colour is never the only sign of a change: each kind of mark has a
    // gutter symbol of its own, and every marked line of the panes carries
    // one and a tooltip that says what changed in words.
    void marksReadWithoutColour()
    {
        QSet<QString> symbols;
        for (const LineMark mark : { LineMark::Added, LineMark::Removed, LineMark::Changed, LineMark::Error }) {
            const QString symbol = lineMarkSymbol(mark);
            QVERIFY(!symbol.isEmpty());
            QVERIFY2(!symbols.contains(symbol), qPrintable(symbol));
            symbols << symbol;
        }
        QVERIFY(lineMarkSymbol(LineMark::None).isEmpty());

        const TomlDocument left = parse(kOld, u"old.toml"_s);
        const TomlDocument right = parse(kNew, u"new.toml"_s);
        TomlDiffView view;
        view.setComparison(u"Old"_s, left, u"New"_s, right, diffOf(left, right));
        QList<LineMark> seen;
        for (const auto side : { TomlDiffView::Side::Left, TomlDiffView::Side::Right }) {
            const CodePane* pane = view.pane(side);
            for (int block = 0; block < pane->blockCount(); ++block) {
                const PaneLine line = pane->lineInfo(block);
                if (line.mark == LineMark::None || line.mark == LineMark::Filler)
                    continue;
                if (!seen.contains(line.mark))
                    seen << line.mark;
                QVERIFY(!lineMarkSymbol(line.mark).isEmpty());
                QVERIFY2(!line.tip.isEmpty(), qPrintable(pane->document()->findBlockByNumber(block).text()));
            }
        }
        QVERIFY(seen.contains(LineMark::Added) && seen.contains(LineMark::Removed) && seen.contains(LineMark::Changed));
    }

    void darkPaletteGivesDarkThemeAndMarks()
    {
        const TomlDocument left = parse(kOld, u"old.toml"_s);
        const TomlDocument right = parse(kNew, u"new.toml"_s);
        TomlDiffView view;
        view.resize(700, 300);
        view.setComparison(u"Old"_s, left, u"New"_s, right, diffOf(left, right));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        CodePane* pane = view.pane(TomlDiffView::Side::Right);
        const QTextBlock hostname = pane->document()->findBlockByNumber(pane->blockOfLine(3));
        QVERIFY(hostname.text().startsWith(u"hostname"_s));
        const int value = int(hostname.text().indexOf(u'"'));
        const QColor lightKey = foregroundAt(hostname, value);

        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        view.setPalette(dark);
        QCoreApplication::processEvents();
        const QColor darkKey = foregroundAt(hostname, value);
        QVERIFY(lightKey.isValid());
        QVERIFY(darkKey.isValid());
        // The highlighting turned light-on-dark, and the marks stay tinted
        // but dark enough for light text.
        QVERIFY2(darkKey.lightnessF() > 0.5, qPrintable(darkKey.name()));
        QVERIFY2(lightKey.lightnessF() < darkKey.lightnessF(), qPrintable(lightKey.name()));
        const DiffColors colors = DiffColors::fromPalette(pane->palette());
        for (const QColor& background :
            { colors.addedBackground, colors.removedBackground, colors.changedBackground })
            QVERIFY(background.lightnessF() < 0.35);
        QVERIFY(!view.grab().isNull());
    }
};

QTEST_MAIN(TomlDiffViewTest)
#include "tomldiffview_test.moc"
