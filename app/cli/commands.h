#pragma once

#include "app/cli/cli.h"

namespace Stridewise::Cli {

// One function per subcommand, each in its own file in app/cli/.
int profileCommand(Context &ctx);
int planCommand(Context &ctx);
int logCommand(Context &ctx);
int statsCommand(Context &ctx);
int demoCommand(Context &ctx);
int backupCommand(Context &ctx);
int restoreCommand(Context &ctx);
int importCommand(Context &ctx);
int shoesCommand(Context &ctx);
int remindCommand(Context &ctx);

} // namespace Stridewise::Cli
