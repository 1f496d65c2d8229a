// SPDX-License-Identifier: Apache-2.0
// What the semantic diff adds on top of parsing.
//
// Two generated deployment.toml documents of 50,000 keys each (tables with
// scalar keys, dotted keys, inline tables, arrays of tables with identities),
// the second with 1 % of the keys changed, added, removed or reordered.
// Baseline: toml11 alone parsing both texts. Measured: TomlDocument::parse of
// both (toml11 plus the flattening into paths) and diffDocuments on the two.
// The target is a diff that costs less than the parse it follows.
// Prints figures and ratios; asserts nothing.
#include "config/ConfigDiff.h"
#include "config/TomlDocument.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <toml.hpp>

#include <algorithm>
#include <numeric>
#include <optional>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr int kKeysPerTable = 20;
constexpr int kTables = 1'667; // 20 lines of 24 keys (inline tables hold two): 40,008 keys
constexpr int kListeners = 1'000; // 10,000 keys in [[event_listener]] (10 keys each)

// `variant` 1 changes every 100th key, renames every 150th, drops every
// 250th, adds a key to every 50th table and reverses the listener order.
QByteArray generate(int variant)
{
    QByteArray text;
    text.reserve(4 * 1024 * 1024);
    for (int t = 0; t < kTables; ++t) {
        text += "# table " + QByteArray::number(t) + "\n[module_" + QByteArray::number(t) + ".settings]\n";
        for (int k = 0; k < kKeysPerTable; ++k) {
            const int key = t * kKeysPerTable + k;
            if (variant == 1 && key % 250 == 0)
                continue;
            const QByteArray name = (variant == 1 && key % 150 == 0 ? "renamed_" : "key_") + QByteArray::number(k);
            const bool changed = variant == 1 && key % 100 == 0;
            switch (k % 5) {
            case 0:
                text += name + " = \"value-" + QByteArray::number(key) + (changed ? "-new" : "") + "\"\n";
                break;
            case 1:
                text += name + " = " + QByteArray::number(changed ? key + 1 : key) + "\n";
                break;
            case 2:
                text += name + " = " + (changed ? "false" : "true") + "\n";
                break;
            case 3:
                text += "pool_" + QByteArray::number(k) + ".max = " + QByteArray::number(changed ? 7 : key % 97)
                    + "\n";
                break;
            default:
                text += name + " = { a = " + QByteArray::number(changed ? -key : key) + ", b = \"x\" }\n";
                break;
            }
        }
        if (variant == 1 && t % 50 == 0)
            text += "added_key = \"new\"\n";
        text += '\n';
    }
    QList<int> order(kListeners);
    std::iota(order.begin(), order.end(), 0);
    if (variant == 1)
        std::reverse(order.begin(), order.end());
    for (int l : order) {
        text += "[[event_listener]]\nid = \"listener_" + QByteArray::number(l) + "\"\n";
        text += "type = \"org.example.Listener\"\nname = \"org.example.L" + QByteArray::number(l) + "\"\n";
        for (int p = 0; p < 7; ++p)
            text += "property_" + QByteArray::number(p) + " = " + QByteArray::number(l * 10 + p) + "\n";
        text += '\n';
    }
    return text;
}

template<typename F> double bestMillis(int rounds, F&& run)
{
    double best = 1e300;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
    }
    return best;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QByteArray oldText = generate(0);
    const QByteArray newText = generate(1);
    constexpr int kRounds = 3;

    const double toml11Parse = bestMillis(kRounds, [&] {
        for (const QByteArray* text : { &oldText, &newText }) {
            std::vector<unsigned char> bytes(text->begin(), text->end());
            auto parsed = toml::try_parse<toml::ordered_type_config>(std::move(bytes), "bench.toml");
            if (parsed.is_err())
                qFatal("generated document does not parse");
        }
    });

    std::optional<Ismw::TomlDocument> oldDoc;
    std::optional<Ismw::TomlDocument> newDoc;
    const double documentParse = bestMillis(kRounds, [&] {
        auto a = Ismw::TomlDocument::parse(oldText, u"old.toml"_s);
        auto b = Ismw::TomlDocument::parse(newText, u"new.toml"_s);
        if (!a || !b)
            qFatal("generated document does not parse");
        oldDoc = std::move(*a);
        newDoc = std::move(*b);
    });

    qsizetype changeCount = 0;
    const double diff = bestMillis(kRounds, [&] { changeCount = Ismw::diffDocuments(*oldDoc, *newDoc).size(); });
    Ismw::DiffOptions everything;
    everything.includeComments = true;
    everything.includeOrder = true;
    const double diffAll = bestMillis(kRounds, [&] { (void)Ismw::diffDocuments(*oldDoc, *newDoc, everything); });

    std::printf("configdiff benchmark: two documents of %lld and %lld keys (%.1f MB and %.1f MB), best of %d\n",
        qlonglong(oldDoc->entries().size()), qlonglong(newDoc->entries().size()), oldText.size() / 1048576.0,
        newText.size() / 1048576.0, kRounds);
    std::printf("  toml11 parse of both (baseline)        %9.1f ms   1.00\n", toml11Parse);
    std::printf("  TomlDocument::parse of both            %9.1f ms   %.2f x baseline (parse + flatten)\n",
        documentParse, documentParse / toml11Parse);
    std::printf("  diffDocuments                          %9.1f ms   %.2f x baseline (%lld changes)\n", diff,
        diff / toml11Parse, qlonglong(changeCount));
    std::printf("  diffDocuments, comments and order too  %9.1f ms   %.2f x baseline\n", diffAll,
        diffAll / toml11Parse);
    std::printf("  target: diff < parse: %s\n", diff < toml11Parse ? "met" : "NOT met");
    return 0;
}
