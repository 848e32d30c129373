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
Command exportCommand();
Command referenceCommand();
Command enrollCommand();
Command syncCommand();
Command userCommand();
Command recoverCommand();
Command rekeyCommand();
Command auditCommand();
Command backupCommand();
Command restoreCommand();
Command reportCommand();
Command verifyPackageCommand();

const QList<Command>& commands()
{
    static const QList<Command> list = {initCommand(),    infoCommand(),   seedCommand(),   verifyCommand(),
                                        placesCommand(), patientCommand(), importCommand(), benchCommand(),
                                        exportCommand(), referenceCommand(), enrollCommand(), syncCommand(),
                                        userCommand(),   recoverCommand(),   rekeyCommand(),  auditCommand(),
                                        backupCommand(), restoreCommand(), reportCommand(), verifyPackageCommand()};
    return list;
}

} // namespace bhuctl
