// SPDX-License-Identifier: Apache-2.0
#include "project/OrderRule.h"

#include <QTest>

using namespace Ismw;
using namespace Qt::StringLiterals;

class OrderRuleTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void verdict_data()
    {
        QTest::addColumn<QList<Environment>>("environments");
        QTest::addColumn<QList<Run>>("runs");
        QTest::addColumn<int>("target");
        QTest::addColumn<bool>("needsAcknowledgement");
        QTest::addColumn<QString>("says");

        const QDateTime t = QDateTime::currentDateTimeUtc();
        const Environment dev { 1, u"dev"_s, Tier::Development, t };
        const Environment pre { 2, u"pre-prod"_s, Tier::PreProduction, t };
        const Run devDone { 1, 1, u"a"_s, t, t, RunStatus::Completed };
        const Run preStarted { 2, 2, u"a"_s, t, {}, RunStatus::InProgress };
        const Run preRolledBack { 3, 2, u"a"_s, t, t, RunStatus::RolledBack };
        const Run preDone { 4, 2, u"a"_s, t, t, RunStatus::Completed };

        QTest::newRow("dev on empty project") << QList<Environment> {} << QList<Run> {} << int(Tier::Development) << false << QString();
        QTest::newRow("pre-prod on empty project") << QList<Environment> {} << QList<Run> {} << int(Tier::PreProduction) << false << QString();
        QTest::newRow("custom") << QList<Environment> {} << QList<Run> {} << int(Tier::Custom) << false << QString();
        QTest::newRow("prod on empty project") << QList<Environment> {} << QList<Run> {} << int(Tier::Production) << true << u"No pre-production pilot"_s;
        QTest::newRow("prod after dev only") << QList<Environment> { dev } << QList<Run> { devDone } << int(Tier::Production) << true << u"No pre-production pilot"_s;
        QTest::newRow("prod after started pilot") << QList<Environment> { dev, pre } << QList<Run> { devDone, preStarted } << int(Tier::Production) << true << u"not been completed"_s;
        QTest::newRow("prod after rolled-back pilot") << QList<Environment> { pre } << QList<Run> { preRolledBack } << int(Tier::Production) << true << u"not been completed"_s;
        QTest::newRow("prod after completed pilot") << QList<Environment> { dev, pre } << QList<Run> { devDone, preRolledBack, preDone } << int(Tier::Production) << false << QString();
    }
    void verdict()
    {
        QFETCH(QList<Environment>, environments);
        QFETCH(QList<Run>, runs);
        QFETCH(int, target);
        QFETCH(bool, needsAcknowledgement);
        QFETCH(QString, says);
        const OrderVerdict verdict = evaluateOrderRule(environments, runs, Tier(target));
        QCOMPARE(verdict.needsAcknowledgement, needsAcknowledgement);
        if (needsAcknowledgement) {
            QCOMPARE(verdict.ruleId, QString::fromLatin1(kProdBeforePreProdRule));
            QVERIFY2(verdict.explanation.contains(says), qPrintable(verdict.explanation));
        } else {
            QVERIFY(verdict.explanation.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(OrderRuleTest)
#include "orderrule_test.moc"
