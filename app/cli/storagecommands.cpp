#include "storagecommands.h"

#include "commandsupport.h"
#include "providerenv.h"
#include "storagestore.h"
#include "studio.h"

#include <QCoreApplication>

namespace storyreel {
namespace {

const QString kCommand = QStringLiteral("storage");

struct StorageCommands
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::StorageCommands)
};

std::optional<StorageKeys> keysFrom(const CommandParser &command, QString *problem)
{
    StorageKeys keys;
    for (const auto &[option, target] :
         {std::pair{QStringLiteral("access-key-env"), &keys.accessKeyId},
          std::pair{QStringLiteral("secret-key-env"), &keys.secretAccessKey}}) {
        if (!command.isSet(option))
            continue;
        const QString variable = command.value(option);
        *target = qEnvironmentVariable(qPrintable(variable)).trimmed();
        if (target->isEmpty()) {
            *problem = StorageCommands::tr("the environment variable %1 is not set or empty").arg(variable);
            return std::nullopt;
        }
    }
    if (keys.accessKeyId.isEmpty())
        keys.accessKeyId = readSecretLine(StorageCommands::tr("Access key ID: "));
    if (keys.secretAccessKey.isEmpty())
        keys.secretAccessKey = readSecretLine(StorageCommands::tr("Secret access key: "));
    if (keys.accessKeyId.isEmpty() || keys.secretAccessKey.isEmpty()) {
        *problem = StorageCommands::tr(
            "no keys (pipe the access key ID and the secret on two lines into stdin, or use "
            "--access-key-env and --secret-key-env)");
        return std::nullopt;
    }
    return keys;
}

std::optional<StorageAccount> storageFromOptions(const CommandParser &command, QString *problem)
{
    StorageAccount storage;
    storage.name = command.value(QStringLiteral("name")).trimmed();
    storage.endpoint = command.value(QStringLiteral("endpoint")).trimmed();
    storage.bucket = command.value(QStringLiteral("bucket")).trimmed();
    if (command.isSet(QStringLiteral("region")))
        storage.region = command.value(QStringLiteral("region")).trimmed();
    storage.prefix = command.value(QStringLiteral("prefix")).trimmed();
    while (storage.prefix.startsWith(QLatin1Char('/')))
        storage.prefix.remove(0, 1);
    while (storage.prefix.endsWith(QLatin1Char('/')))
        storage.prefix.chop(1);
    const QString addressing = command.value(QStringLiteral("addressing"));
    if (addressing == QLatin1String("virtual-hosted"))
        storage.addressing = StorageAccount::Addressing::VirtualHosted;
    else if (!addressing.isEmpty() && addressing != QLatin1String("path")) {
        *problem = StorageCommands::tr("--addressing is path or virtual-hosted");
        return std::nullopt;
    }
    storage.autoUpload = command.isSet(QStringLiteral("auto-upload"));
    if (storage.name.isEmpty() || storage.endpoint.isEmpty() || storage.bucket.isEmpty()) {
        *problem = StorageCommands::tr("add needs --name, --endpoint and --bucket");
        return std::nullopt;
    }
    return storage;
}

void printStorages(const QList<StorageAccount> &storages, QTextStream &out)
{
    if (storages.isEmpty()) {
        out << StorageCommands::tr(
                   "No cloud storages. Add one with: storyreel storage add --name N --endpoint URL --bucket "
                   "B")
            << "\n";
        return;
    }
    for (const StorageAccount &storage : storages) {
        out << storage.id << "  " << storage.name << "  " << storage.endpoint << "  "
            << StorageCommands::tr("bucket %1").arg(storage.bucket);
        if (!storage.prefix.isEmpty())
            out << "  " << StorageCommands::tr("prefix %1").arg(storage.prefix);
        // The addressing and auto-upload as the options of `storage add` spell them.
        out << "  " << (storage.addressing == StorageAccount::Addressing::Path ? "path" : "virtual-hosted");
        if (storage.isDefault)
            out << "  " << StorageCommands::tr("default");
        out << (storage.autoUpload ? "  auto-upload" : "") << "\n";
    }
}

Result<StorageAccount> storageNamed(const Catalog &catalog, const QString &idOrName)
{
    if (idOrName.isEmpty()) {
        Result<std::optional<StorageAccount>> found = StorageStore(catalog).defaultStorage();
        if (!found)
            return found.failure();
        if (!found->has_value())
            return Failure{StorageCommands::tr("no cloud storage yet (storyreel storage add ...)"),
                           FailureKind::BadInput};
        return found->value();
    }
    Result<StorageAccount> found = StorageStore(catalog).find(idOrName);
    if (!found)
        return Failure{found.error(), FailureKind::BadInput};
    return found;
}

}  // namespace

int runStorageCommand(const CommandLine &commandLine)
{
    CommandParser command(
        kCommand,
        StorageCommands::tr(
            "Cloud storages (S3, R2, MinIO and other S3-compatible buckets):\n"
            "  add --name N --endpoint URL --bucket B [--region R --prefix P --addressing "
            "path|virtual-hosted --auto-upload]\n"
            "      keys from --access-key-env VAR and --secret-key-env VAR, else two lines on stdin;\n"
            "      they go to the system keychain\n"
            "  test [NAME]     write, read back and delete a test object\n"
            "  list            the storages\n"
            "  remove NAME     forget a storage and its keys (the bucket is not touched)\n"
            "  refresh [NAME]  add the bucket's videos this catalog does not know, as cloud-only"));
    QCommandLineParser &parser = command.parser();
    parser.addPositionalArgument(QStringLiteral("action"),
                                 StorageCommands::tr("add, test, list, remove or refresh."));
    parser.addOptions({
        {QStringLiteral("name"), StorageCommands::tr("add: the storage's name."), QStringLiteral("NAME")},
        {QStringLiteral("endpoint"), StorageCommands::tr("add: e.g. https://s3.eu-west-1.amazonaws.com."),
         QStringLiteral("URL")},
        {QStringLiteral("region"), StorageCommands::tr("add: the SigV4 region (default us-east-1)."),
         QStringLiteral("REGION")},
        {QStringLiteral("bucket"), StorageCommands::tr("add: the bucket."), QStringLiteral("BUCKET")},
        {QStringLiteral("prefix"), StorageCommands::tr("add: a folder in the bucket."),
         QStringLiteral("PREFIX")},
        {QStringLiteral("addressing"), StorageCommands::tr("add: path (default) or virtual-hosted."),
         QStringLiteral("STYLE")},
        {QStringLiteral("auto-upload"),
         StorageCommands::tr("add: upload finished renders and exports by themselves.")},
        {QStringLiteral("access-key-env"),
         StorageCommands::tr("add: the variable holding the access key ID."), QStringLiteral("VAR")},
        {QStringLiteral("secret-key-env"),
         StorageCommands::tr("add: the variable holding the secret access key."), QStringLiteral("VAR")},
    });
    if (std::optional<int> stop = command.parse(commandLine, 1, 2))
        return *stop;
    const QString action = command.positional().at(0);
    const QString target = command.positional().value(1);
    static const QStringList actions = {QStringLiteral("add"), QStringLiteral("test"), QStringLiteral("list"),
                                        QStringLiteral("remove"), QStringLiteral("refresh")};
    if (!actions.contains(action))
        return command.usageError(
            StorageCommands::tr("unknown action '%1': %2").arg(action, actions.join(QStringLiteral(", "))));
    QString problem;
    std::optional<StorageAccount> added;
    std::optional<StorageKeys> keys;
    if (action == QLatin1String("add")) {
        added = storageFromOptions(command, &problem);
        if (added)
            keys = keysFrom(command, &problem);
        if (!added || !keys)
            return command.usageError(problem);
    }
    QTextStream out(stdout);
    QTextStream err(stderr);
    std::unique_ptr<Studio> studio = openStudio(command.dataDir(commandLine), err);
    if (!studio)
        return ExitFailure;
    ProviderEnvironment env(*studio);
    if (action == QLatin1String("list")) {
        Result<QList<StorageAccount>> storages = env.cloud->storages();
        if (!storages)
            return reportFailure(kCommand, storages.failure(), err);
        printStorages(*storages, out);
        return ExitOk;
    }
    if (action == QLatin1String("add")) {
        return runUntilReported([&](std::function<void(int)> report) {
            env.cloud->addStorage(*added, *keys, [&, report](Result<RowId> id) {
                if (!id)
                    return report(reportFailure(kCommand, id.failure(), err));
                out << StorageCommands::tr(
                           "Added storage %1 \"%2\" (bucket %3); its keys are in the system "
                           "keychain.")
                           .arg(QString::number(*id), added->name, added->bucket)
                    << "\n";
                out.flush();
                report(ExitOk);
            });
        });
    }
    Result<StorageAccount> storage = storageNamed(studio->catalog(), target);
    if (!storage)
        return reportFailure(kCommand, storage.failure(), err);
    if (action == QLatin1String("remove")) {
        return runUntilReported([&](std::function<void(int)> report) {
            env.cloud->removeStorage(storage->id, [&, report](Status removed) {
                if (!removed)
                    return report(reportFailure(kCommand, removed.failure(), err));
                out << StorageCommands::tr("Removed storage \"%1\" and its keys.").arg(storage->name) << "\n";
                out.flush();
                report(ExitOk);
            });
        });
    }
    if (action == QLatin1String("refresh")) {
        return runUntilReported([&](std::function<void(int)> report) {
            env.cloud->refreshFromStorage(storage->id, [&, report](Result<int> found) {
                if (!found)
                    return report(reportFailure(kCommand, found.failure(), err));
                out << StorageCommands::tr("Found %n new video(s) in \"%1\" (cloud only).", nullptr, *found)
                           .arg(storage->name)
                    << "\n";

                out.flush();
                report(ExitOk);
            });
        });
    }
    return runUntilReported([&](std::function<void(int)> report) {
        env.cloud->testStorage(*storage, {}, [&, report](const StorageCheck &check) {
            (check.ok ? out : err) << check.message << "\n";
            out.flush();
            err.flush();
            report(check.ok ? ExitOk : ExitFailure);
        });
    });
}

}  // namespace storyreel
