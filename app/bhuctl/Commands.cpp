#include "Cli.h"

namespace bhuctl {

Command initCommand();
Command infoCommand();
Command seedCommand();
Command verifyCommand();
Command placesCommand();
Command patientCommand();
Command importCommand();
Command benchCommand();

const QList<Command>& commands()
{
    static const QList<Command> list = {initCommand(),    infoCommand(),   seedCommand(),   verifyCommand(),
                                        placesCommand(), patientCommand(), importCommand(), benchCommand()};
    return list;
}

} // namespace bhuctl
