#include "Cli.h"

namespace bhuctl {

Command initCommand();
Command infoCommand();
Command seedCommand();
Command verifyCommand();

const QList<Command>& commands()
{
    static const QList<Command> list = {initCommand(), infoCommand(), seedCommand(), verifyCommand()};
    return list;
}

} // namespace bhuctl
