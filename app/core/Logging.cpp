// SPDX-License-Identifier: Apache-2.0
#include "Logging.h"

Q_LOGGING_CATEGORY(lcStore, "ismw.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProject, "ismw.project", QtInfoMsg)
Q_LOGGING_CATEGORY(lcChecks, "ismw.checks", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGui, "ismw.gui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "ismw.cli", QtInfoMsg)
