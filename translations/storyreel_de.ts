<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandLine</name>
    <message>
        <source>
Commands (run without a command to open the studio):
  summary    Open the catalog, create the sample project if needed and print what it holds and where the data lives.
  render STORYBOARD -o OUT [--aspect 16:9|9:16|1:1] [--quality low|medium|high]
             [--captions] [--no-motion] [--crossfade S] [--soundtrack FILE]
             Render a storyboard (catalog id or title) to an MP4.
  export FILE --format mp4|webm|mov --quality low|medium|high -o OUT [--upscale]
             Export a video with a preset (cached by content and preset).
  probe FILE [--json]
             Show a media file&apos;s container, duration and streams.
  thumbnail FILE -o OUT [--at SECONDS] [--width W]
             Save a poster frame as JPEG or PNG.
  jobs list [--status S] | show ID | cancel ID | retry ID [--wait] | hold ID | resume ID [--wait] | run
             The job queue (render and export run as jobs too).
  accounts add --name N --dialect aistudio|asyncvideos|storyboard|t2m --url URL [--token-env VAR]
           | list | test NAME | remove NAME
             Provider accounts. The token is read from VAR or one line on stdin, never from an argument.
  generate [--account NAME] text PROMPT | image IMAGE PROMPT | explainer --topic T --context C
           | storyboard PROMPT [--seconds N --aspect A --resolution R --style S] [--wait]
             Generate a video (default: the local provider); prints the estimate and the job id.
  looks list | show ID | set-default LOOK VIDEO
             The look library: products, linked videos, the default video and what each look shows.
  videos list [--status S --favorite --kind K --look ID --search TEXT --limit N] | import FILE...
           | favorite ID [--off]
             The library&apos;s videos: filter, import local media, mark favourites.
  storage add --name N --endpoint URL --bucket B [...] | test [NAME] | list | remove NAME
          | refresh [NAME]
             Cloud storages (S3-compatible); keys go to the system keychain.
  upload VIDEO-ID|FILE [--storage N --folder F --wait]   download VIDEO-ID | --key K --to FILE [--wait]
  share VIDEO-ID|FILE [--expires 1d]
             Transfers as jobs in the monitor, and presigned links that expire.
Run &apos;storyreel COMMAND --help&apos; for a command&apos;s options. Exit status: 0 done, 1 failed, 2 bad input.
</source>
        <translation>
Befehle (ohne Befehl wird das Studio geöffnet):
  summary    Öffnet den Katalog, legt bei Bedarf das Beispielprojekt an und gibt aus, was er enthält und wo die Daten liegen.
  render STORYBOARD -o OUT [--aspect 16:9|9:16|1:1] [--quality low|medium|high]
             [--captions] [--no-motion] [--crossfade S] [--soundtrack FILE]
             Rendert ein Storyboard (Katalog-ID oder Titel) als MP4.
  export FILE --format mp4|webm|mov --quality low|medium|high -o OUT [--upscale]
             Exportiert ein Video mit einer Voreinstellung (zwischengespeichert nach Inhalt und Voreinstellung).
  probe FILE [--json]
             Zeigt Container, Dauer und Streams einer Mediendatei.
  thumbnail FILE -o OUT [--at SECONDS] [--width W]
             Speichert ein Vorschaubild als JPEG oder PNG.
  jobs list [--status S] | show ID | cancel ID | retry ID [--wait] | hold ID | resume ID [--wait] | run
             Die Auftragswarteschlange (auch Rendern und Exportieren laufen als Aufträge).
  accounts add --name N --dialect aistudio|asyncvideos|storyboard|t2m --url URL [--token-env VAR]
           | list | test NAME | remove NAME
             Anbieterkonten. Das Token wird aus VAR oder als eine Zeile von stdin gelesen, nie aus einem Argument.
  generate [--account NAME] text PROMPT | image IMAGE PROMPT | explainer --topic T --context C
           | storyboard PROMPT [--seconds N --aspect A --resolution R --style S] [--wait]
             Generiert ein Video (Standard: der lokale Anbieter); gibt die Schätzung und die Auftrags-ID aus.
  looks list | show ID | set-default LOOK VIDEO
             Die Look-Bibliothek: Produkte, verknüpfte Videos, das Standardvideo und was jeder Look zeigt.
  videos list [--status S --favorite --kind K --look ID --search TEXT --limit N] | import FILE...
           | favorite ID [--off]
             Die Videos der Bibliothek: filtern, lokale Medien importieren, Favoriten markieren.
  storage add --name N --endpoint URL --bucket B [...] | test [NAME] | list | remove NAME
          | refresh [NAME]
             Cloud-Speicher (S3-kompatibel); die Schlüssel kommen in den Schlüsselbund des Systems.
  upload VIDEO-ID|FILE [--storage N --folder F --wait]   download VIDEO-ID | --key K --to FILE [--wait]
  share VIDEO-ID|FILE [--expires 1d]
             Übertragungen als Aufträge im Auftragsmonitor und vorsignierte Links, die ablaufen.
&apos;storyreel COMMAND --help&apos; zeigt die Optionen eines Befehls. Exit-Status: 0 fertig, 1 fehlgeschlagen, 2 ungültige Eingabe.
</translation>
    </message>
    <message>
        <source>Storyreel Studio: storyboards, looks and AI video jobs in one window.</source>
        <translation>Storyreel Studio: Storyboards, Looks und KI-Videoaufträge in einem Fenster.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Keep the catalog and media in DIR (default: STORYREEL_DATA_DIR, else the platform&apos;s application data folder).</source>
        <translation>Katalog und Medien in DIR ablegen (Standard: STORYREEL_DATA_DIR, sonst der Anwendungsdatenordner der Plattform).</translation>
    </message>
    <message>
        <source>Start the studio, save the main window as a PNG to FILE, and exit.</source>
        <translation>Das Studio starten, das Hauptfenster als PNG in FILE speichern und beenden.</translation>
    </message>
    <message>
        <source>Open on WORKSPACE: storyboards, library or jobs.</source>
        <translation>Im Arbeitsbereich WORKSPACE öffnen: storyboards, library oder jobs.</translation>
    </message>
    <message>
        <source>Start the studio, print the time until its window is painted and idle and the memory in use, and exit (for benchmarks).</source>
        <translation>Das Studio starten, die Zeit bis zum fertig gezeichneten, ruhenden Fenster und den belegten Arbeitsspeicher ausgeben und beenden (für Benchmarks).</translation>
    </message>
    <message>
        <source>A command to run headless (see below).</source>
        <translation>Ein Befehl, der ohne Oberfläche ausgeführt wird (siehe unten).</translation>
    </message>
    <message>
        <source>Unknown workspace &apos;%1&apos;. Choose one of: %2.</source>
        <translation>Unbekannter Arbeitsbereich &apos;%1&apos;. Wählen Sie einen aus: %2.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Known commands: %2.</source>
        <translation>Unbekannter Befehl &apos;%1&apos;. Bekannte Befehle: %2.</translation>
    </message>
    <message>
        <source>Try &apos;storyreel --help&apos;.</source>
        <translation>Mehr dazu: &apos;storyreel --help&apos;.</translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <source>Close this window (Esc)</source>
        <translation>Dieses Fenster schließen (Esc)</translation>
    </message>
    <message>
        <source>Close without making any change (Esc)</source>
        <translation>Ohne Änderungen schließen (Esc)</translation>
    </message>
</context>
<context>
    <name>LocalStoryboard</name>
    <message>
        <source>Opening: %1</source>
        <translation>Auftakt: %1</translation>
    </message>
    <message>
        <source>Closing: %1</source>
        <translation>Abschluss: %1</translation>
    </message>
    <message>
        <source>Beat %1: %2</source>
        <translation>Beat %1: %2</translation>
    </message>
    <message>
        <source>The scene image could not be drawn.</source>
        <translation>Das Szenenbild konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>drawing scenes</source>
        <translation>Szenen werden gezeichnet</translation>
    </message>
</context>
<context>
    <name>ReviewNotesCsv</name>
    <message>
        <source>Choose a file to export the notes to.</source>
        <translation>Wählen Sie eine Datei, in die die Notizen exportiert werden sollen.</translation>
    </message>
    <message>
        <source>Could not export the notes to %1: %2</source>
        <translation>Die Notizen konnten nicht nach %1 exportiert werden: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Screenshot saved to %1</source>
        <translation>Bildschirmfoto gespeichert unter %1</translation>
    </message>
    <message>
        <source>cannot write the screenshot to %1</source>
        <translation>Das Bildschirmfoto kann nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <source>Storyreel Studio cannot start</source>
        <translation>Storyreel Studio kann nicht starten</translation>
    </message>
    <message>
        <source>the job queue could not start: %1</source>
        <translation>die Auftragswarteschlange konnte nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>storyreel::AccessibleJobModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 percent done</source>
        <translation>%1 Prozent fertig</translation>
    </message>
</context>
<context>
    <name>storyreel::AccountCommands</name>
    <message>
        <source>no token</source>
        <translation>kein Token</translation>
    </message>
    <message>
        <source>token stored</source>
        <translation>Token gespeichert</translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>keychain error</source>
        <translation>Schlüsselbund-Fehler</translation>
    </message>
    <message>
        <source>no account named &quot;%1&quot; (see storyreel accounts list)</source>
        <translation>kein Konto namens &quot;%1&quot; (siehe storyreel accounts list)</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set or empty</source>
        <translation>die Umgebungsvariable %1 ist nicht gesetzt oder leer</translation>
    </message>
    <message>
        <source>API token for &quot;%1&quot;: </source>
        <translation>API-Token für &quot;%1&quot;: </translation>
    </message>
    <message>
        <source>no token on stdin (pipe it in, or use --token-env VARIABLE)</source>
        <translation>kein Token auf stdin (leiten Sie es per Pipe ein oder verwenden Sie --token-env VARIABLE)</translation>
    </message>
    <message>
        <source>Added account &quot;%1&quot; (%2, %3); its token is in the system keychain.</source>
        <translation>Konto &quot;%1&quot; (%2, %3) hinzugefügt; sein Token liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>No provider accounts. Add one with: storyreel accounts add --name N --dialect D --url U</source>
        <translation>Keine Anbieterkonten. Fügen Sie eines hinzu mit: storyreel accounts add --name N --dialect D --url U</translation>
    </message>
    <message>
        <source>no token needed</source>
        <translation>kein Token erforderlich</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>DIALECT</source>
        <translation>DIALEKT</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Guthaben: %1</translation>
    </message>
    <message>
        <source>Balance unknown</source>
        <translation>Guthaben unbekannt</translation>
    </message>
    <message>
        <source>Removed account &quot;%1&quot; and its token.</source>
        <translation>Konto &quot;%1&quot; und sein Token wurden entfernt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a %2 account; only aistudio accounts have looks to sync.</source>
        <translation>&quot;%1&quot; ist ein %2-Konto; nur aistudio-Konten haben Looks zum Synchronisieren.</translation>
    </message>
    <message>
        <source>not an aistudio client</source>
        <translation>kein aistudio-Client</translation>
    </message>
    <message>
        <source>Looks: %1 (%2 new, %3 updated); videos: %4 (%5 new, %6 updated)</source>
        <translation>Looks: %1 (%2 neu, %3 aktualisiert); Videos: %4 (%5 neu, %6 aktualisiert)</translation>
    </message>
    <message>
        <source>Provider accounts: add --name N --dialect D --url U [--token-env VARIABLE] (the token is read from VARIABLE, else one line on stdin; never from an argument), list, test NAME, remove NAME, sync NAME (aistudio: mirror its looks and video-jobs into the catalog).</source>
        <translation>Anbieterkonten: add --name N --dialect D --url U [--token-env VARIABLE] (das Token wird aus VARIABLE gelesen, sonst als eine Zeile von stdin; nie aus einem Argument), list, test NAME, remove NAME, sync NAME (aistudio: seine Looks und Videoaufträge in den Katalog spiegeln).</translation>
    </message>
    <message>
        <source>add, list, test, remove or sync.</source>
        <translation>add, list, test, remove oder sync.</translation>
    </message>
    <message>
        <source>add: the account&apos;s name.</source>
        <translation>add: der Name des Kontos.</translation>
    </message>
    <message>
        <source>add: aistudio, asyncvideos, storyboard or t2m.</source>
        <translation>add: aistudio, asyncvideos, storyboard oder t2m.</translation>
    </message>
    <message>
        <source>add: the provider&apos;s base URL (http:// or https://).</source>
        <translation>add: die Basis-URL des Anbieters (http:// oder https://).</translation>
    </message>
    <message>
        <source>add: read the token from this environment variable instead of stdin.</source>
        <translation>add: das Token aus dieser Umgebungsvariable statt von stdin lesen.</translation>
    </message>
    <message>
        <source>--token is refused: a token on the command line can be read by other users (ps, shell history). Use --token-env VARIABLE or pass it on stdin.</source>
        <translation>--token wird abgelehnt: Ein Token auf der Befehlszeile können andere Benutzer lesen (ps, Shell-Verlauf). Verwenden Sie --token-env VARIABLE oder übergeben Sie es über stdin.</translation>
    </message>
    <message>
        <source>add takes --name NAME, not an argument</source>
        <translation>add erwartet --name NAME, kein Argument</translation>
    </message>
    <message>
        <source>add needs --%1</source>
        <translation>add benötigt --%1</translation>
    </message>
    <message>
        <source>--dialect takes aistudio, asyncvideos, storyboard or t2m (the local provider needs no account)</source>
        <translation>--dialect erwartet aistudio, asyncvideos, storyboard oder t2m (der lokale Anbieter benötigt kein Konto)</translation>
    </message>
    <message>
        <source>%1 takes an account name</source>
        <translation>%1 erwartet einen Kontonamen</translation>
    </message>
    <message>
        <source>list takes no argument</source>
        <translation>list erwartet kein Argument</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;</source>
        <translation>unbekannte Aktion &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>storyreel::AccountEditor</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Add Provider Account</source>
        <translation>Anbieterkonto hinzufügen</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>e.g. Studio team</source>
        <translation>z. B. Studio-Team</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Paste the API token</source>
        <translation>API-Token einfügen</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored token</source>
        <translation>Leer lassen, um das gespeicherte Token zu behalten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API-&amp;Token:</translation>
    </message>
    <message>
        <source>The token is kept in the system keychain, never in the catalog or the settings.</source>
        <translation>Das Token wird im Schlüsselbund des Systems aufbewahrt, nie im Katalog oder in den Einstellungen.</translation>
    </message>
    <message>
        <source>Ask the provider who this token belongs to and what balance it has</source>
        <translation>Den Anbieter fragen, wem dieses Token gehört und welches Guthaben es hat</translation>
    </message>
    <message>
        <source>The server&apos;s root, e.g. https://t2m.example.com (…/api/v1 works too).</source>
        <translation>Die Stammadresse des Servers, z. B. https://t2m.example.com (…/api/v1 funktioniert auch).</translation>
    </message>
    <message>
        <source>The server&apos;s root, e.g. https://api.example.com.</source>
        <translation>Die Stammadresse des Servers, z. B. https://api.example.com.</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Verbindung zu %1 wird getestet…</translation>
    </message>
    <message>
        <source>No token is stored for this account; enter one.</source>
        <translation>Für dieses Konto ist kein Token gespeichert; geben Sie eines ein.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>The kind of service: it decides how the studio talks to it</source>
        <translation>Die Art des Dienstes: Sie bestimmt, wie das Studio mit ihm kommuniziert</translation>
    </message>
    <message>
        <source>Keep the account; the token goes to the system keychain</source>
        <translation>Das Konto speichern; das Token kommt in den Schlüsselbund des Systems</translation>
    </message>
</context>
<context>
    <name>storyreel::AccountService</name>
    <message>
        <source>The keychain is unavailable</source>
        <translation>Der Schlüsselbund ist nicht verfügbar</translation>
    </message>
    <message>
        <source>The keychain is unavailable.</source>
        <translation>Der Schlüsselbund ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The keychain is unavailable: %1</source>
        <translation>Der Schlüsselbund ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>The keychain could not store the token.</source>
        <translation>Der Schlüsselbund konnte das Token nicht speichern.</translation>
    </message>
    <message>
        <source>The keychain could not store the token: %1</source>
        <translation>Der Schlüsselbund konnte das Token nicht speichern: %1</translation>
    </message>
    <message>
        <source>The keychain could not remove the token.</source>
        <translation>Der Schlüsselbund konnte das Token nicht entfernen.</translation>
    </message>
    <message>
        <source>The keychain could not remove the token: %1</source>
        <translation>Der Schlüsselbund konnte das Token nicht entfernen: %1</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Geben Sie dem Konto einen Namen.</translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; already exists.</source>
        <translation>Ein Konto namens &quot;%1&quot; existiert bereits.</translation>
    </message>
    <message>
        <source>The base URL must be an http:// or https:// address with a host, e.g. https://api.example.com (got &quot;%1&quot;).</source>
        <translation>Die Basis-URL muss eine http://- oder https://-Adresse mit Host sein, z. B. https://api.example.com (erhalten: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Put the token in the token field, not in the URL.</source>
        <translation>Geben Sie das Token in das Token-Feld ein, nicht in die URL.</translation>
    </message>
    <message>
        <source>Enter the account&apos;s API token.</source>
        <translation>Geben Sie das API-Token des Kontos ein.</translation>
    </message>
    <message>
        <source>The account service was closed.</source>
        <translation>Der Kontodienst wurde geschlossen.</translation>
    </message>
    <message>
        <source>The new token is empty; leave the field alone to keep the stored one.</source>
        <translation>Das neue Token ist leer; lassen Sie das Feld unverändert, um das gespeicherte zu behalten.</translation>
    </message>
    <message>
        <source> The account was kept, so its token is not left behind.</source>
        <translation> Das Konto wurde beibehalten, damit sein Token nicht zurückbleibt.</translation>
    </message>
</context>
<context>
    <name>storyreel::AccountStore</name>
    <message>
        <source>create account &quot;%1&quot;</source>
        <translation>Konto &quot;%1&quot; anlegen</translation>
    </message>
    <message>
        <source>an account named &quot;%1&quot; already exists</source>
        <translation>ein Konto namens &quot;%1&quot; existiert bereits</translation>
    </message>
    <message>
        <source>save account %1</source>
        <translation>Konto %1 speichern</translation>
    </message>
    <message>
        <source>delete account %1</source>
        <translation>Konto %1 löschen</translation>
    </message>
    <message>
        <source>load account</source>
        <translation>Konto laden</translation>
    </message>
    <message>
        <source>account %1 does not exist</source>
        <translation>Konto %1 existiert nicht</translation>
    </message>
    <message>
        <source>list accounts</source>
        <translation>Konten auflisten</translation>
    </message>
    <message>
        <source>find account &quot;%1&quot;</source>
        <translation>Konto &quot;%1&quot; suchen</translation>
    </message>
</context>
<context>
    <name>storyreel::AccountsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Provider Accounts</source>
        <translation>Anbieterkonten</translation>
    </message>
    <message>
        <source>Accounts of the generation services the studio can use. Tokens are kept in the system keychain, never in the catalog. The local provider needs no account.</source>
        <translation>Konten der Generierungsdienste, die das Studio verwenden kann. Tokens werden im Schlüsselbund des Systems aufbewahrt, nie im Katalog. Der lokale Anbieter benötigt kein Konto.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Provider accounts</source>
        <translation>Anbieterkonten</translation>
    </message>
    <message>
        <source>No accounts yet. Add one to generate on a remote provider.</source>
        <translation>Noch keine Konten. Fügen Sie eines hinzu, um bei einem entfernten Anbieter zu generieren.</translation>
    </message>
    <message>
        <source>Ask the provider who the stored token belongs to and what balance it has</source>
        <translation>Den Anbieter fragen, wem das gespeicherte Token gehört und welches Guthaben es hat</translation>
    </message>
    <message>
        <source>Cannot read the accounts: %1</source>
        <translation>Die Konten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No token needed</source>
        <translation>Kein Token erforderlich</translation>
    </message>
    <message>
        <source>The system keychain is unavailable.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>%1 Tokens can be neither read nor stored until it is back; the accounts keep theirs. Unlock or start the keychain, then reopen this page.</source>
        <translation>%1 Bis er wieder verfügbar ist, können Tokens weder gelesen noch gespeichert werden; die Konten behalten ihre Tokens. Entsperren oder starten Sie den Schlüsselbund und öffnen Sie diese Seite dann erneut.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove the account “%1”?</source>
        <translation>Das Konto „%1“ entfernen?</translation>
    </message>
    <message>
        <source>Its token is deleted from the keychain. Jobs, looks and videos made with it stay in the library as local items.</source>
        <translation>Sein Token wird aus dem Schlüsselbund gelöscht. Aufträge, Looks und Videos, die damit erstellt wurden, bleiben als lokale Elemente in der Bibliothek.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Removing “%1”…</source>
        <translation>„%1“ wird entfernt…</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>„%1“ entfernt.</translation>
    </message>
    <message>
        <source>Testing the connection of “%1”…</source>
        <translation>Verbindung von „%1“ wird getestet…</translation>
    </message>
    <message>
        <source>Add an account of a generation service, with its API token</source>
        <translation>Ein Konto eines Generierungsdienstes mit seinem API-Token hinzufügen</translation>
    </message>
    <message>
        <source>Change the selected account&apos;s name, address or token</source>
        <translation>Name, Adresse oder Token des ausgewählten Kontos ändern</translation>
    </message>
    <message>
        <source>Remove the selected account and its token from this computer</source>
        <translation>Das ausgewählte Konto und sein Token von diesem Computer entfernen</translation>
    </message>
</context>
<context>
    <name>storyreel::AiStudioClient</name>
    <message>
        <source>The provider client was closed</source>
        <translation>Der Anbieter-Client wurde geschlossen</translation>
    </message>
    <message>
        <source>check the account</source>
        <translation>Konto prüfen</translation>
    </message>
    <message>
        <source>Connected as %1</source>
        <translation>Verbunden als %1</translation>
    </message>
    <message>
        <source>create video</source>
        <translation>Video erstellen</translation>
    </message>
    <message>
        <source>video job status</source>
        <translation>Status des Videoauftrags</translation>
    </message>
    <message>
        <source>delete video job</source>
        <translation>Videoauftrag löschen</translation>
    </message>
    <message>
        <source>The video is not ready yet (the provider says %1)</source>
        <translation>Das Video ist noch nicht fertig (der Anbieter meldet %1)</translation>
    </message>
    <message>
        <source>list video jobs</source>
        <translation>Videoaufträge auflisten</translation>
    </message>
    <message>
        <source>list looks</source>
        <translation>Looks auflisten</translation>
    </message>
    <message>
        <source>set the look&apos;s default video</source>
        <translation>Standardvideo des Looks festlegen</translation>
    </message>
    <message>
        <source>Insufficient tokens: the balance is %1 tokens, a video needs %2</source>
        <translation>Nicht genügend Tokens: Das Guthaben beträgt %1 Tokens, ein Video benötigt %2</translation>
    </message>
    <message>
        <source>Insufficient tokens: a video needs %1 tokens</source>
        <translation>Nicht genügend Tokens: Ein Video benötigt %1 Tokens</translation>
    </message>
    <message>
        <source>The provider reports that the video generation failed</source>
        <translation>Der Anbieter meldet, dass die Videogenerierung fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an unknown status &quot;%2&quot;</source>
        <translation>&apos;%1&apos; hat den unbekannten Status &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an unknown visibility &quot;%2&quot;</source>
        <translation>&apos;%1&apos; hat die unbekannte Sichtbarkeit &quot;%2&quot;</translation>
    </message>
    <message>
        <source>AI Studio makes videos from a text prompt only; it cannot animate an image</source>
        <translation>AI Studio erstellt Videos nur aus einem Text-Prompt; es kann kein Bild animieren</translation>
    </message>
    <message>
        <source>AI Studio makes 720p or 1080p videos, not %1</source>
        <translation>AI Studio erstellt Videos in 720p oder 1080p, nicht in %1</translation>
    </message>
    <message>
        <source>AI Studio makes 16:9 or 9:16 videos, not %1</source>
        <translation>AI Studio erstellt Videos in 16:9 oder 9:16, nicht in %1</translation>
    </message>
</context>
<context>
    <name>storyreel::AiStudioMirror</name>
    <message>
        <source>AI Studio video</source>
        <translation>AI-Studio-Video</translation>
    </message>
    <message>
        <source>The looks of this account are already being synchronised</source>
        <translation>Die Looks dieses Kontos werden bereits synchronisiert</translation>
    </message>
    <message>
        <source>The provider client was closed</source>
        <translation>Der Anbieter-Client wurde geschlossen</translation>
    </message>
</context>
<context>
    <name>storyreel::AsyncVideosClient</name>
    <message>
        <source>The provider client was closed</source>
        <translation>Der Anbieter-Client wurde geschlossen</translation>
    </message>
    <message>
        <source>check the account</source>
        <translation>Konto prüfen</translation>
    </message>
    <message>
        <source>Connected as %1</source>
        <translation>Verbunden als %1</translation>
    </message>
    <message>
        <source>animate image</source>
        <translation>Bild animieren</translation>
    </message>
    <message>
        <source>create video</source>
        <translation>Video erstellen</translation>
    </message>
    <message>
        <source>video job status</source>
        <translation>Status des Videoauftrags</translation>
    </message>
    <message>
        <source>video result</source>
        <translation>Videoergebnis</translation>
    </message>
    <message>
        <source>The provider reports that the video generation failed</source>
        <translation>Der Anbieter meldet, dass die Videogenerierung fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>active video jobs</source>
        <translation>aktive Videoaufträge</translation>
    </message>
    <message>
        <source>cancel video job</source>
        <translation>Videoauftrag abbrechen</translation>
    </message>
    <message>
        <source>The video generation failed: %1</source>
        <translation>Die Videogenerierung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The video is not ready yet (the provider says %1)</source>
        <translation>Das Video ist noch nicht fertig (der Anbieter meldet %1)</translation>
    </message>
    <message>
        <source>update video</source>
        <translation>Video aktualisieren</translation>
    </message>
    <message>
        <source>Insufficient DUST: the balance is %1 DUST, this video needs %2</source>
        <translation>Nicht genügend DUST: Das Guthaben beträgt %1 DUST, dieses Video benötigt %2</translation>
    </message>
    <message>
        <source>Insufficient DUST: this video needs %1</source>
        <translation>Nicht genügend DUST: Dieses Video benötigt %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an unknown status &quot;%2&quot;</source>
        <translation>&apos;%1&apos; hat den unbekannten Status &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Choose an image to animate</source>
        <translation>Wählen Sie ein Bild zum Animieren</translation>
    </message>
    <message>
        <source>The image %1 does not exist</source>
        <translation>Das Bild %1 existiert nicht</translation>
    </message>
    <message>
        <source>The image %1 is larger than %2 MB</source>
        <translation>Das Bild %1 ist größer als %2 MB</translation>
    </message>
    <message>
        <source>%1 is not an image</source>
        <translation>%1 ist kein Bild</translation>
    </message>
    <message>
        <source>The image %1 cannot be read: %2</source>
        <translation>Das Bild %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Async Videos makes text-to-video and image-to-video only</source>
        <translation>Async Videos erstellt nur Text-zu-Video und Bild-zu-Video</translation>
    </message>
    <message>
        <source>Write a prompt for the video</source>
        <translation>Schreiben Sie einen Prompt für das Video</translation>
    </message>
    <message>
        <source>Async Videos has no %1 resolution</source>
        <translation>Async Videos bietet keine Auflösung %1</translation>
    </message>
    <message>
        <source>Async Videos has no %1 aspect ratio</source>
        <translation>Async Videos bietet kein Seitenverhältnis %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address</source>
        <translation>&apos;%1&apos; ist keine Webadresse</translation>
    </message>
</context>
<context>
    <name>storyreel::AudioSource</name>
    <message>
        <source>the soundtrack %1 does not exist</source>
        <translation>die Tonspur %1 existiert nicht</translation>
    </message>
    <message>
        <source>the soundtrack %1 cannot be read: %2</source>
        <translation>die Tonspur %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 has no audio to use as a soundtrack</source>
        <translation>%1 enthält keinen Ton, der als Tonspur dienen kann</translation>
    </message>
    <message>
        <source>the soundtrack %1 cannot be decoded: %2</source>
        <translation>die Tonspur %1 kann nicht dekodiert werden: %2</translation>
    </message>
    <message>
        <source>cannot resample the soundtrack %1</source>
        <translation>die Tonspur %1 kann nicht neu abgetastet werden</translation>
    </message>
    <message>
        <source>the soundtrack %1 is corrupt: %2</source>
        <translation>die Tonspur %1 ist beschädigt: %2</translation>
    </message>
</context>
<context>
    <name>storyreel::Catalog</name>
    <message>
        <source>%1 is not a Storyreel catalog (%2). Choose another data folder with --data-dir.</source>
        <translation>%1 ist kein Storyreel-Katalog (%2). Wählen Sie mit --data-dir einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>The catalog %1 was written by a newer version of Storyreel (schema %2; this version understands up to %3). It was not changed. Update Storyreel or choose another data folder with --data-dir.</source>
        <translation>Der Katalog %1 wurde von einer neueren Version von Storyreel geschrieben (Schema %2; diese Version versteht bis zu %3). Er wurde nicht verändert. Aktualisieren Sie Storyreel oder wählen Sie mit --data-dir einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Der Datenordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>read meta</source>
        <translation>Metadaten lesen</translation>
    </message>
    <message>
        <source>write meta %1</source>
        <translation>Metadaten %1 schreiben</translation>
    </message>
</context>
<context>
    <name>storyreel::CliRunner</name>
    <message>
        <source>Print what the catalog holds and where the data lives.</source>
        <translation>Gibt aus, was der Katalog enthält und wo die Daten liegen.</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>unbekannter Befehl %1</translation>
    </message>
    <message>
        <source>No display found (DISPLAY and WAYLAND_DISPLAY are unset): running headless.</source>
        <translation>Keine Anzeige gefunden (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt): Ausführung ohne Oberfläche.</translation>
    </message>
</context>
<context>
    <name>storyreel::CloudActions</name>
    <message>
        <source>Upload to Cloud</source>
        <translation>In die Cloud hochladen</translation>
    </message>
    <message>
        <source>Download from Cloud</source>
        <translation>Aus der Cloud herunterladen</translation>
    </message>
    <message>
        <source>Copy Share Link…</source>
        <translation>Freigabelink kopieren…</translation>
    </message>
    <message>
        <source>Add a cloud storage in Settings › Cloud Storage first</source>
        <translation>Fügen Sie zuerst unter Einstellungen › Cloud-Speicher einen Cloud-Speicher hinzu</translation>
    </message>
    <message>
        <source>Cloud storage is not available in this window</source>
        <translation>Cloud-Speicher ist in diesem Fenster nicht verfügbar</translation>
    </message>
    <message>
        <source>Upload the selected finished videos to the default cloud storage</source>
        <translation>Die ausgewählten fertigen Videos in den Standard-Cloud-Speicher hochladen</translation>
    </message>
    <message>
        <source>Bring the selected videos kept only in the cloud to this computer</source>
        <translation>Die ausgewählten Videos, die nur in der Cloud liegen, auf diesen Computer holen</translation>
    </message>
    <message>
        <source>Upload the video first; then a link to it can be shared</source>
        <translation>Laden Sie das Video zuerst hoch; dann kann ein Link dazu geteilt werden</translation>
    </message>
    <message>
        <source>Copy a link anyone can open until it expires</source>
        <translation>Einen Link kopieren, den jeder öffnen kann, bis er abläuft</translation>
    </message>
</context>
<context>
    <name>storyreel::CloudObjectStore</name>
    <message>
        <source>record cloud object &quot;%1&quot;</source>
        <translation>Cloud-Objekt &quot;%1&quot; erfassen</translation>
    </message>
    <message>
        <source>record cloud object &quot;%1&quot;: no row</source>
        <translation>Cloud-Objekt &quot;%1&quot; erfassen: keine Zeile</translation>
    </message>
    <message>
        <source>find cloud object &quot;%1&quot;</source>
        <translation>Cloud-Objekt &quot;%1&quot; suchen</translation>
    </message>
    <message>
        <source>load cloud object %1</source>
        <translation>Cloud-Objekt %1 laden</translation>
    </message>
    <message>
        <source>cloud object %1 does not exist</source>
        <translation>Cloud-Objekt %1 existiert nicht</translation>
    </message>
    <message>
        <source>record the transfer of cloud object %1</source>
        <translation>die Übertragung von Cloud-Objekt %1 erfassen</translation>
    </message>
    <message>
        <source>mark cloud object %1 stored</source>
        <translation>Cloud-Objekt %1 als gespeichert markieren</translation>
    </message>
    <message>
        <source>forget the upload of cloud object %1</source>
        <translation>den Upload von Cloud-Objekt %1 vergessen</translation>
    </message>
    <message>
        <source>forget cloud object %1</source>
        <translation>Cloud-Objekt %1 vergessen</translation>
    </message>
    <message>
        <source>find cloud objects by content</source>
        <translation>Cloud-Objekte nach Inhalt suchen</translation>
    </message>
    <message>
        <source>find cloud objects by file</source>
        <translation>Cloud-Objekte nach Datei suchen</translation>
    </message>
    <message>
        <source>find cloud objects of video %1</source>
        <translation>Cloud-Objekte von Video %1 suchen</translation>
    </message>
    <message>
        <source>list cloud objects of storage %1</source>
        <translation>Cloud-Objekte von Speicher %1 auflisten</translation>
    </message>
    <message>
        <source>read the cloud state of a file</source>
        <translation>den Cloud-Status einer Datei lesen</translation>
    </message>
    <message>
        <source>record part %1 of an upload</source>
        <translation>Teil %1 eines Uploads erfassen</translation>
    </message>
    <message>
        <source>load the parts of an upload</source>
        <translation>die Teile eines Uploads laden</translation>
    </message>
    <message>
        <source>forget the parts of an upload</source>
        <translation>die Teile eines Uploads vergessen</translation>
    </message>
</context>
<context>
    <name>storyreel::CloudService</name>
    <message>
        <source>No cloud storage yet: add one in Settings › Cloud Storage (or with `storyreel storage add`).</source>
        <translation>Noch kein Cloud-Speicher: Fügen Sie unter Einstellungen › Cloud-Speicher einen hinzu (oder mit `storyreel storage add`).</translation>
    </message>
    <message>
        <source>Enter the access key ID and the secret access key.</source>
        <translation>Geben Sie die Zugriffsschlüssel-ID und den geheimen Zugriffsschlüssel ein.</translation>
    </message>
    <message>
        <source>The keychain did not take the keys: %1</source>
        <translation>Der Schlüsselbund hat die Schlüssel nicht übernommen: %1</translation>
    </message>
    <message>
        <source>Enter both keys, or neither to keep the stored ones.</source>
        <translation>Geben Sie beide Schlüssel ein oder keinen, um die gespeicherten zu behalten.</translation>
    </message>
    <message>
        <source>The keychain did not remove the keys: %1</source>
        <translation>Der Schlüsselbund hat die Schlüssel nicht entfernt: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Writing a test object</source>
        <translation>Testobjekt wird geschrieben</translation>
    </message>
    <message>
        <source>Reading the test object back</source>
        <translation>Testobjekt wird zurückgelesen</translation>
    </message>
    <message>
        <source>it is not there</source>
        <translation>es ist nicht vorhanden</translation>
    </message>
    <message>
        <source>Deleting the test object</source>
        <translation>Testobjekt wird gelöscht</translation>
    </message>
    <message>
        <source>Connected: a test object was written to bucket &quot;%1&quot;, read back and deleted.</source>
        <translation>Verbunden: Ein Testobjekt wurde in den Bucket &quot;%1&quot; geschrieben, zurückgelesen und gelöscht.</translation>
    </message>
    <message>
        <source>%1 is not in the cloud yet: upload it first.</source>
        <translation>%1 ist noch nicht in der Cloud: Laden Sie es zuerst hoch.</translation>
    </message>
    <message>
        <source>A share link lasts from one second to seven days.</source>
        <translation>Ein Freigabelink gilt zwischen einer Sekunde und sieben Tagen.</translation>
    </message>
    <message>
        <source>The video</source>
        <translation>Das Video</translation>
    </message>
    <message>
        <source>Upload %1 to %2</source>
        <translation>%1 nach %2 hochladen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no file on this machine to upload.</source>
        <translation>&quot;%1&quot; hat keine Datei auf diesem Rechner, die hochgeladen werden könnte.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is on this machine already.</source>
        <translation>&quot;%1&quot; ist bereits auf diesem Rechner.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in any cloud storage.</source>
        <translation>&quot;%1&quot; ist in keinem Cloud-Speicher.</translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation>%1 herunterladen</translation>
    </message>
    <message>
        <source>Say where the download goes.</source>
        <translation>Geben Sie an, wohin der Download gespeichert werden soll.</translation>
    </message>
    <message>
        <source>The storage needs a name.</source>
        <translation>Der Speicher benötigt einen Namen.</translation>
    </message>
    <message>
        <source>The endpoint must be an http:// or https:// address, e.g. https://s3.eu-west-1.amazonaws.com.</source>
        <translation>Der Endpunkt muss eine http://- oder https://-Adresse sein, z. B. https://s3.eu-west-1.amazonaws.com.</translation>
    </message>
</context>
<context>
    <name>storyreel::CommandParser</name>
    <message>
        <source>Keep the catalog and media in DIR.</source>
        <translation>Katalog und Medien in DIR ablegen.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>missing arguments (see storyreel %1 --help)</source>
        <translation>fehlende Argumente (siehe storyreel %1 --help)</translation>
    </message>
    <message>
        <source>takes no arguments</source>
        <translation>erwartet keine Argumente</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>storyreel::CompareDialog</name>
    <message>
        <source>Compare: %1 and %2</source>
        <translation>Vergleich: %1 und %2</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <source>Keep both videos in step</source>
        <translation>Beide Videos im Gleichlauf halten</translation>
    </message>
    <message>
        <source>Seeking one video seeks the other to the same moment</source>
        <translation>Springt man in einem Video, springt das andere an dieselbe Stelle</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>%n review note(s)</source>
        <translation>
            <numerusform>%n Prüfnotiz</numerusform>
            <numerusform>%n Prüfnotizen</numerusform>
        </translation>
    </message>
    <message>
        <source>Left video</source>
        <translation>Linkes Video</translation>
    </message>
    <message>
        <source>Right video</source>
        <translation>Rechtes Video</translation>
    </message>
    <message>
        <source>Make Default</source>
        <translation>Als Standard festlegen</translation>
    </message>
    <message>
        <source>Make %1 the look&apos;s default</source>
        <translation>%1 als Standardvideo des Looks festlegen</translation>
    </message>
    <message>
        <source>Current Default</source>
        <translation>Aktueller Standard</translation>
    </message>
    <message>
        <source>This video is the look&apos;s default</source>
        <translation>Dieses Video ist das Standardvideo des Looks</translation>
    </message>
    <message>
        <source>Show this video for the look in storefronts</source>
        <translation>Dieses Video für den Look in Onlineshops anzeigen</translation>
    </message>
    <message>
        <source>Only a finished video can be the default</source>
        <translation>Nur ein fertiges Video kann Standardvideo sein</translation>
    </message>
    <message>
        <source>Pause Both</source>
        <translation>Beide anhalten</translation>
    </message>
    <message>
        <source>Play Both</source>
        <translation>Beide abspielen</translation>
    </message>
    <message>
        <source>Pause both videos (Space)</source>
        <translation>Beide Videos anhalten (Leertaste)</translation>
    </message>
    <message>
        <source>Play both videos (Space)</source>
        <translation>Beide Videos abspielen (Leertaste)</translation>
    </message>
</context>
<context>
    <name>storyreel::ConflictsDialog</name>
    <message>
        <source>Set default video</source>
        <translation>Standardvideo festlegen</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>Unlink video</source>
        <translation>Videoverknüpfung aufheben</translation>
    </message>
    <message>
        <source>Changes the Provider Did Not Take</source>
        <translation>Vom Anbieter nicht übernommene Änderungen</translation>
    </message>
    <message>
        <source>These changes were made while offline. When they were sent, the provider refused them; the library shows the provider&apos;s state. Dismiss a change once you have seen it.</source>
        <translation>Diese Änderungen wurden offline vorgenommen. Beim Senden hat der Anbieter sie abgelehnt; die Bibliothek zeigt den Stand des Anbieters. Verwerfen Sie eine Änderung, sobald Sie sie gesehen haben.</translation>
    </message>
    <message>
        <source>Conflicting changes</source>
        <translation>Änderungen mit Konflikten</translation>
    </message>
    <message>
        <source>Dismiss Selected</source>
        <translation>Ausgewählte verwerfen</translation>
    </message>
    <message>
        <source>Cannot read the changes: %1</source>
        <translation>Die Änderungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Each change, when it was made, and why the provider refused it</source>
        <translation>Jede Änderung, wann sie vorgenommen wurde und warum der Anbieter sie abgelehnt hat</translation>
    </message>
    <message>
        <source>Forget the selected changes: the library keeps the provider&apos;s state</source>
        <translation>Die ausgewählten Änderungen verwerfen: Die Bibliothek behält den Stand des Anbieters</translation>
    </message>
</context>
<context>
    <name>storyreel::DataLocation</name>
    <message>
        <source>default</source>
        <extracomment>Where the data folder came from, when neither --data-dir nor STORYREEL_DATA_DIR chose it.</extracomment>
        <translation>Standard</translation>
    </message>
</context>
<context>
    <name>storyreel::DownloadTask</name>
    <message>
        <source>The download job lacks its object key</source>
        <translation>Dem Download-Auftrag fehlt der Objektschlüssel</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>wird verbunden</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>wird heruntergeladen</translation>
    </message>
    <message>
        <source>%1 arrived with %2 bytes instead of %3</source>
        <translation>%1 kam mit %2 Bytes statt %3 an</translation>
    </message>
    <message>
        <source>checking the file</source>
        <translation>Datei wird geprüft</translation>
    </message>
    <message>
        <source>%1 does not match the content that was uploaded (SHA-256 differs); the download was discarded</source>
        <translation>%1 stimmt nicht mit dem hochgeladenen Inhalt überein (SHA-256 weicht ab); der Download wurde verworfen</translation>
    </message>
    <message>
        <source>Cannot move the download to %1</source>
        <translation>Der Download kann nicht nach %1 verschoben werden</translation>
    </message>
</context>
<context>
    <name>storyreel::ExportCache</name>
    <message>
        <source>cached</source>
        <translation>zwischengespeichert</translation>
    </message>
    <message>
        <source>cannot create the exports folder %1</source>
        <translation>der Exportordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>the export %1 is missing</source>
        <translation>der Export %1 fehlt</translation>
    </message>
    <message>
        <source>cannot save %1: the folder %2 does not exist</source>
        <translation>%1 kann nicht gespeichert werden: Der Ordner %2 existiert nicht</translation>
    </message>
</context>
<context>
    <name>storyreel::ExportStore</name>
    <message>
        <source>save export %1 of %2</source>
        <translation>Export %1 von %2 speichern</translation>
    </message>
    <message>
        <source>find export %1 of %2</source>
        <translation>Export %1 von %2 suchen</translation>
    </message>
    <message>
        <source>list exports</source>
        <translation>Exporte auflisten</translation>
    </message>
    <message>
        <source>delete export %1</source>
        <translation>Export %1 löschen</translation>
    </message>
</context>
<context>
    <name>storyreel::Exporter</name>
    <message>
        <source>the export of %1 was cancelled</source>
        <translation>der Export von %1 wurde abgebrochen</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 has no video stream</source>
        <translation>%1 hat keinen Videostream</translation>
    </message>
    <message>
        <source>%1 is truncated: its video ends at %2 s of %3 s</source>
        <translation>%1 ist abgeschnitten: Sein Video endet bei %2 s von %3 s</translation>
    </message>
    <message>
        <source>cannot add a stream to the output</source>
        <translation>der Ausgabe kann kein Stream hinzugefügt werden</translation>
    </message>
    <message>
        <source>cannot copy a stream: %1</source>
        <translation>ein Stream kann nicht kopiert werden: %1</translation>
    </message>
    <message>
        <source>remuxing</source>
        <translation>wird umverpackt</translation>
    </message>
    <message>
        <source>cannot create a %1 file: %2</source>
        <translation>eine %1-Datei kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write the %1 header: %2</source>
        <translation>der %1-Header kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>writing %1 failed: %2</source>
        <translation>das Schreiben von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>cannot finish %1: %2</source>
        <translation>%1 kann nicht abgeschlossen werden: %2</translation>
    </message>
    <message>
        <source>cannot close %1: %2</source>
        <translation>%1 kann nicht geschlossen werden: %2</translation>
    </message>
    <message>
        <source>%1 uses the %2 codec, which this FFmpeg cannot decode</source>
        <translation>%1 verwendet den Codec %2, den dieses FFmpeg nicht dekodieren kann</translation>
    </message>
    <message>
        <source>out of memory decoding %1</source>
        <translation>nicht genügend Speicher beim Dekodieren von %1</translation>
    </message>
    <message>
        <source>cannot decode %1: %2</source>
        <translation>%1 kann nicht dekodiert werden: %2</translation>
    </message>
    <message>
        <source>cannot set up rotating the video: %1</source>
        <translation>das Drehen des Videos kann nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <source>rotating the video failed: %1</source>
        <translation>das Drehen des Videos ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>wird kodiert</translation>
    </message>
    <message>
        <source>no video frame of %1 could be decoded</source>
        <translation>kein Videobild von %1 konnte dekodiert werden</translation>
    </message>
    <message>
        <source>cannot export to %1: the folder %2 does not exist</source>
        <translation>nach %1 kann nicht exportiert werden: Der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
</context>
<context>
    <name>storyreel::FileCopy</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2: %3</source>
        <translation>%1 kann nicht nach %2 kopiert werden: %3</translation>
    </message>
    <message>
        <source>%1 changed while it was copied</source>
        <translation>%1 hat sich während des Kopierens geändert</translation>
    </message>
</context>
<context>
    <name>storyreel::FileHashing</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot hash %1: OpenSSL refused the digests</source>
        <translation>der Hash von %1 kann nicht berechnet werden: OpenSSL hat die Digest-Verfahren verweigert</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>storyreel::GenerateCommand</name>
    <message>
        <source>not published by the provider</source>
        <translation>vom Anbieter nicht veröffentlicht</translation>
    </message>
    <message>
        <source>free (a local draft)</source>
        <translation>kostenlos (ein lokaler Entwurf)</translation>
    </message>
    <message>
        <source>image takes an IMAGE file and a PROMPT</source>
        <translation>image erwartet eine IMAGE-Datei und einen PROMPT</translation>
    </message>
    <message>
        <source>text takes a PROMPT</source>
        <translation>text erwartet einen PROMPT</translation>
    </message>
    <message>
        <source>--seconds takes a number, --aspect 16:9, 9:16 or 1:1</source>
        <translation>--seconds erwartet eine Zahl, --aspect 16:9, 9:16 oder 1:1</translation>
    </message>
    <message>
        <source>explainer takes --topic and --context, not &apos;%1&apos;</source>
        <translation>explainer erwartet --topic und --context, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>storyboard takes a PROMPT</source>
        <translation>storyboard erwartet einen PROMPT</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos;: text, image, explainer or storyboard</source>
        <translation>unbekannte Art &apos;%1&apos;: text, image, explainer oder storyboard</translation>
    </message>
    <message>
        <source>Generate a video on the local provider (the default) or a provider account:
  text PROMPT [--seconds N --aspect A --resolution R]
  image IMAGE PROMPT [--seconds N --aspect A --resolution R]
  explainer --topic T --context C [--quality low|medium|high] [--priority low|normal|high]
  storyboard PROMPT [--seconds N --style S --aspect A]
Prints the cost estimate and the job id; --wait runs the job here to the end.</source>
        <translation>Generiert ein Video beim lokalen Anbieter (Standard) oder über ein Anbieterkonto:
  text PROMPT [--seconds N --aspect A --resolution R]
  image IMAGE PROMPT [--seconds N --aspect A --resolution R]
  explainer --topic T --context C [--quality low|medium|high] [--priority low|normal|high]
  storyboard PROMPT [--seconds N --style S --aspect A]
Gibt die Kostenschätzung und die Auftrags-ID aus; --wait führt den Auftrag hier bis zum Ende aus.</translation>
    </message>
    <message>
        <source>text, image, explainer or storyboard.</source>
        <translation>text, image, explainer oder storyboard.</translation>
    </message>
    <message>
        <source>The provider account (default: the local provider).</source>
        <translation>Das Anbieterkonto (Standard: der lokale Anbieter).</translation>
    </message>
    <message>
        <source>Duration in seconds (1-120).</source>
        <translation>Dauer in Sekunden (1-120).</translation>
    </message>
    <message>
        <source>16:9, 9:16 or 1:1.</source>
        <translation>16:9, 9:16 oder 1:1.</translation>
    </message>
    <message>
        <source>480p, 720p or 1080p.</source>
        <translation>480p, 720p oder 1080p.</translation>
    </message>
    <message>
        <source>explainer: what it explains.</source>
        <translation>explainer: was erklärt wird.</translation>
    </message>
    <message>
        <source>explainer: for whom and what to cover.</source>
        <translation>explainer: für wen und was behandelt werden soll.</translation>
    </message>
    <message>
        <source>explainer: low, medium or high.</source>
        <translation>explainer: low, medium oder high.</translation>
    </message>
    <message>
        <source>explainer: low, normal or high.</source>
        <translation>explainer: low, normal oder high.</translation>
    </message>
    <message>
        <source>storyboard: e.g. cinematic.</source>
        <translation>storyboard: z. B. cinematic.</translation>
    </message>
    <message>
        <source>Run the job here and wait until it is finished.</source>
        <translation>Den Auftrag hier ausführen und warten, bis er fertig ist.</translation>
    </message>
    <message>
        <source>the local provider</source>
        <translation>den lokalen Anbieter</translation>
    </message>
    <message>
        <source>no account named &quot;%1&quot; (see storyreel accounts list)</source>
        <translation>kein Konto namens &quot;%1&quot; (siehe storyreel accounts list)</translation>
    </message>
    <message>
        <source>Estimate: %1</source>
        <translation>Schätzung: %1</translation>
    </message>
    <message>
        <source>Job %1 queued on %2: %3</source>
        <translation>Auftrag %1 für %2 in die Warteschlange gestellt: %3</translation>
    </message>
    <message>
        <source>It runs when the studio is open; add --wait to run it here.</source>
        <translation>Er wird ausgeführt, wenn das Studio geöffnet ist; fügen Sie --wait hinzu, um ihn hier auszuführen.</translation>
    </message>
    <message>
        <source>Job %1 succeeded: %2</source>
        <translation>Auftrag %1 ist fertig: %2</translation>
    </message>
    <message>
        <source>Job %1 succeeded.</source>
        <translation>Auftrag %1 ist fertig.</translation>
    </message>
</context>
<context>
    <name>storyreel::GenerateForLookDialog</name>
    <message>
        <source>Generate a Video for “%1”</source>
        <translation>Video für „%1“ generieren</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Length in seconds</source>
        <translation>Länge in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>&amp;Prompt:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Länge:</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generieren</translation>
    </message>
    <message>
        <source>Describe the video to make.</source>
        <translation>Beschreiben Sie das zu erstellende Video.</translation>
    </message>
    <message>
        <source>What the video shows; the look&apos;s title and products are suggested</source>
        <translation>Was das Video zeigt; Titel und Produkte des Looks werden vorgeschlagen</translation>
    </message>
    <message>
        <source>How long the video lasts, from 2 to 20 seconds</source>
        <translation>Wie lange das Video dauert, von 2 bis 20 Sekunden</translation>
    </message>
    <message>
        <source>Start making the video; it joins the look when ready</source>
        <translation>Mit der Erstellung des Videos beginnen; es wird dem Look hinzugefügt, sobald es fertig ist</translation>
    </message>
</context>
<context>
    <name>storyreel::GenerationDialog</name>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generieren</translation>
    </message>
    <message>
        <source>Provider account</source>
        <translation>Anbieterkonto</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>16:9 landscape</source>
        <translation>16:9 Querformat</translation>
    </message>
    <message>
        <source>9:16 portrait</source>
        <translation>9:16 Hochformat</translation>
    </message>
    <message>
        <source>1:1 square</source>
        <translation>1:1 quadratisch</translation>
    </message>
    <message>
        <source>Local provider (free drafts on this computer)</source>
        <translation>Lokaler Anbieter (kostenlose Entwürfe auf diesem Computer)</translation>
    </message>
    <message>
        <source>No account can make this</source>
        <translation>Kein Konto kann dies erstellen</translation>
    </message>
    <message>
        <source>No balance needed: the local provider is free.</source>
        <translation>Kein Guthaben nötig: Der lokale Anbieter ist kostenlos.</translation>
    </message>
    <message>
        <source>Balance: checking…</source>
        <translation>Guthaben: wird geprüft…</translation>
    </message>
    <message>
        <source>Balance unavailable: %1</source>
        <translation>Guthaben nicht verfügbar: %1</translation>
    </message>
    <message>
        <source> — not enough for this job</source>
        <translation> — nicht genug für diesen Auftrag</translation>
    </message>
    <message>
        <source>No account can make this kind of video. Add one in Settings ▸ Accounts… (explainers need a t2m account, storyboards a storyboard account).</source>
        <translation>Kein Konto kann diese Art von Video erstellen. Fügen Sie eines unter Einstellungen ▸ Konten… hinzu (Erklärvideos benötigen ein t2m-Konto, Storyboards ein Storyboard-Konto).</translation>
    </message>
    <message>
        <source>Estimated cost: —</source>
        <translation>Geschätzte Kosten: —</translation>
    </message>
    <message>
        <source>Who makes it: the free local provider, or one of your accounts</source>
        <translation>Wer es erstellt: der kostenlose lokale Anbieter oder eines Ihrer Konten</translation>
    </message>
    <message>
        <source>Queue the job; follow it in Jobs</source>
        <translation>Den Auftrag in die Warteschlange stellen; verfolgen Sie ihn unter Aufträge</translation>
    </message>
    <message>
        <source>The picture&apos;s shape: wide for screens, tall for phones</source>
        <translation>Das Bildformat: breit für Bildschirme, hoch für Telefone</translation>
    </message>
</context>
<context>
    <name>storyreel::GenerationService</name>
    <message>
        <source>The duration must be between %1 and %2 seconds (got %3).</source>
        <translation>Die Dauer muss zwischen %1 und %2 Sekunden liegen (erhalten: %3).</translation>
    </message>
    <message>
        <source>text-to-video</source>
        <translation>Text-zu-Video</translation>
    </message>
    <message>
        <source>image-to-video</source>
        <translation>Bild-zu-Video</translation>
    </message>
    <message>
        <source>storyboards</source>
        <translation>Storyboards</translation>
    </message>
    <message>
        <source>explainer videos</source>
        <translation>Erklärvideos</translation>
    </message>
    <message>
        <source>The local provider</source>
        <translation>Der lokale Anbieter</translation>
    </message>
    <message>
        <source>%1 cannot make %2; choose another account.</source>
        <translation>%1 unterstützt %2 nicht; wählen Sie ein anderes Konto.</translation>
    </message>
    <message>
        <source>Describe the video: the prompt is empty.</source>
        <translation>Beschreiben Sie das Video: Der Prompt ist leer.</translation>
    </message>
    <message>
        <source>The resolution must be one of %1 (got &quot;%2&quot;).</source>
        <translation>Die Auflösung muss einer der Werte %1 sein (erhalten: &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>Video: %1</source>
        <translation>Video: %1</translation>
    </message>
    <message>
        <source>The image %1 does not exist.</source>
        <translation>Das Bild %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The image %1 is not a readable file.</source>
        <translation>Das Bild %1 ist keine lesbare Datei.</translation>
    </message>
    <message>
        <source>%1 is not an image (PNG, JPEG or WebP, for example).</source>
        <translation>%1 ist kein Bild (zum Beispiel PNG, JPEG oder WebP).</translation>
    </message>
    <message>
        <source>Image video: %1</source>
        <translation>Video aus Bild: %1</translation>
    </message>
    <message>
        <source>Name the explainer&apos;s topic: it is empty.</source>
        <translation>Nennen Sie das Thema des Erklärvideos: Es ist leer.</translation>
    </message>
    <message>
        <source>Give the explainer some context (who it is for, what to cover): it is empty.</source>
        <translation>Geben Sie dem Erklärvideo etwas Kontext (für wen es ist, was es behandeln soll): Er ist leer.</translation>
    </message>
    <message>
        <source>The quality must be one of %1 (got &quot;%2&quot;).</source>
        <translation>Die Qualität muss einer der Werte %1 sein (erhalten: &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>The priority must be one of %1 (got &quot;%2&quot;).</source>
        <translation>Die Priorität muss einer der Werte %1 sein (erhalten: &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>Explainer: %1</source>
        <translation>Erklärvideo: %1</translation>
    </message>
    <message>
        <source>Describe the story: the prompt is empty.</source>
        <translation>Beschreiben Sie die Geschichte: Der Prompt ist leer.</translation>
    </message>
    <message>
        <source>Choose a style for the storyboard (for example cinematic).</source>
        <translation>Wählen Sie einen Stil für das Storyboard (zum Beispiel cinematic).</translation>
    </message>
    <message>
        <source>Storyboard: %1</source>
        <translation>Storyboard: %1</translation>
    </message>
</context>
<context>
    <name>storyreel::ImageDropArea</name>
    <message>
        <source>Image for the video</source>
        <translation>Bild für das Video</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation>%1 ist keine lesbare Datei.</translation>
    </message>
    <message>
        <source>“%1” is not an image. Drop a PNG, JPEG or WebP file.</source>
        <translation>„%1“ ist kein Bild. Legen Sie eine PNG-, JPEG- oder WebP-Datei ab.</translation>
    </message>
    <message>
        <source>Drop an image here, or choose one.</source>
        <translation>Legen Sie hier ein Bild ab oder wählen Sie eines aus.</translation>
    </message>
    <message>
        <source>Drop one image file from this computer.</source>
        <translation>Legen Sie eine einzelne Bilddatei von diesem Computer ab.</translation>
    </message>
    <message>
        <source>Drop an image file here, or press Space to choose one (Ctrl+V pastes a copied file)</source>
        <translation>Legen Sie hier eine Bilddatei ab oder drücken Sie die Leertaste, um eine auszuwählen (Strg+V fügt eine kopierte Datei ein)</translation>
    </message>
    <message>
        <source>%1 Space chooses a file; Ctrl+V pastes a copied one.</source>
        <translation>%1 Die Leertaste wählt eine Datei aus; Strg+V fügt eine kopierte ein.</translation>
    </message>
    <message>
        <source>Copy one image file (in a file manager) to paste it here.</source>
        <translation>Kopieren Sie eine Bilddatei (in einem Dateimanager), um sie hier einzufügen.</translation>
    </message>
</context>
<context>
    <name>storyreel::JobCommands</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>PROGRESS</source>
        <translation>FORTSCHRITT</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation>Auftrag %1: %2</translation>
    </message>
    <message>
        <source>status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>%1 (attempt %2)</source>
        <translation>%1 (Versuch %2)</translation>
    </message>
    <message>
        <source>kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>%1, priority %2</source>
        <translation>%1, Priorität %2</translation>
    </message>
    <message>
        <source>progress:</source>
        <translation>Fortschritt:</translation>
    </message>
    <message>
        <source>output:</source>
        <translation>Ausgabe:</translation>
    </message>
    <message>
        <source>error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>batch:</source>
        <translation>Stapel:</translation>
    </message>
    <message>
        <source>after job:</source>
        <translation>Folgt auf:</translation>
    </message>
    <message>
        <source>created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>%1, finished %2</source>
        <translation>%1, beendet %2</translation>
    </message>
    <message>
        <source>parameters:</source>
        <translation>Parameter:</translation>
    </message>
    <message>
        <source>events:</source>
        <translation>Ereignisse:</translation>
    </message>
    <message>
        <source>job %1 %2</source>
        <extracomment>%2 is the job&apos;s status as the CLI names it: failed, canceled, interrupted…</extracomment>
        <translation>Auftrag %1 %2</translation>
    </message>
    <message>
        <source>List and manage the job queue: list, show ID, cancel ID, retry ID, hold ID, resume ID, priority ID low|normal|high, move ID [--before OTHER], run (work through the queue here), settings.</source>
        <translation>Die Auftragswarteschlange auflisten und verwalten: list, show ID, cancel ID, retry ID, hold ID, resume ID, priority ID low|normal|high, move ID [--before OTHER], run (die Warteschlange hier abarbeiten), settings.</translation>
    </message>
    <message>
        <source>list, show, cancel, retry, hold, resume or run.</source>
        <translation>list, show, cancel, retry, hold, resume oder run.</translation>
    </message>
    <message>
        <source>list: only jobs with this status.</source>
        <translation>list: nur Aufträge mit diesem Status.</translation>
    </message>
    <message>
        <source>retry/resume: run the job here and wait for it.</source>
        <translation>retry/resume: den Auftrag hier ausführen und auf ihn warten.</translation>
    </message>
    <message>
        <source>move: put the job just before job OTHER (default: last).</source>
        <translation>move: den Auftrag direkt vor Auftrag OTHER einreihen (Standard: ans Ende).</translation>
    </message>
    <message>
        <source>settings: yes to queue jobs a crash interrupted again at start-up, no to leave them.</source>
        <translation>settings: yes, um durch einen Absturz unterbrochene Aufträge beim Start erneut einzureihen, no, um sie so zu lassen.</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;</source>
        <translation>unbekannte Aktion &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 takes a job id</source>
        <translation>%1 erwartet eine Auftrags-ID</translation>
    </message>
    <message>
        <source>%1 takes no id</source>
        <translation>%1 erwartet keine ID</translation>
    </message>
    <message>
        <source>priority takes low, normal or high</source>
        <translation>priority erwartet low, normal oder high</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--before takes a job id</source>
        <translation>--before erwartet eine Auftrags-ID</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos;</source>
        <translation>unbekannter Status &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--retry-interrupted takes yes or no</source>
        <translation>--retry-interrupted erwartet yes oder no</translation>
    </message>
    <message>
        <source>Job %1: %2, priority %3</source>
        <translation>Auftrag %1: %2, Priorität %3</translation>
    </message>
</context>
<context>
    <name>storyreel::JobDetailsPane</name>
    <message>
        <source>Select a job to see its parameters, events and output.</source>
        <translation>Wählen Sie einen Auftrag aus, um seine Parameter, Ereignisse und Ausgabe zu sehen.</translation>
    </message>
    <message>
        <source>Job details</source>
        <translation>Auftragsdetails</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Auftragstitel</translation>
    </message>
    <message>
        <source>Job summary</source>
        <translation>Auftragsübersicht</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Ausgabedatei</translation>
    </message>
    <message>
        <source>Output preview</source>
        <translation>Ausgabevorschau</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>Stapel %1</translation>
    </message>
    <message>
        <source>No preview available</source>
        <translation>Keine Vorschau verfügbar</translation>
    </message>
    <message>
        <source>Status, kind, provider and stage of the job</source>
        <translation>Status, Art, Anbieter und Phase des Auftrags</translation>
    </message>
    <message>
        <source>Why the job failed</source>
        <translation>Warum der Auftrag fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>Where the job wrote its result</source>
        <translation>Wohin der Auftrag sein Ergebnis geschrieben hat</translation>
    </message>
    <message>
        <source>What the job was asked to do, as JSON (read only)</source>
        <translation>Was der Auftrag tun sollte, als JSON (schreibgeschützt)</translation>
    </message>
    <message>
        <source>When the job changed state, and why</source>
        <translation>Wann sich der Status des Auftrags geändert hat und warum</translation>
    </message>
</context>
<context>
    <name>storyreel::JobFilterBar</name>
    <message>
        <source>&amp;Hide finished</source>
        <translation>&amp;Fertige ausblenden</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Artfilter</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Provider filter</source>
        <translation>Anbieterfilter</translation>
    </message>
    <message>
        <source>Search jobs</source>
        <translation>Aufträge suchen</translation>
    </message>
    <message>
        <source>Search title, kind, stage, error (Ctrl+F)</source>
        <translation>Titel, Art, Phase, Fehler durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Hide finished jobs</source>
        <translation>Fertige Aufträge ausblenden</translation>
    </message>
    <message>
        <source>Hide succeeded and cancelled jobs; failed jobs stay visible</source>
        <translation>Fertige und abgebrochene Aufträge ausblenden; fehlgeschlagene Aufträge bleiben sichtbar</translation>
    </message>
    <message>
        <source>Job count</source>
        <translation>Anzahl der Aufträge</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message numerus="yes">
        <source>%Ln job(s)</source>
        <translation>
            <numerusform>%Ln Auftrag</numerusform>
            <numerusform>%Ln Aufträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln job(s)</source>
        <translation>
            <numerusform>%1 von %Ln Auftrag angezeigt</numerusform>
            <numerusform>%1 von %Ln Aufträgen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Only jobs in these states</source>
        <translation>Nur Aufträge in diesen Zuständen</translation>
    </message>
    <message>
        <source>Only jobs of this kind</source>
        <translation>Nur Aufträge dieser Art</translation>
    </message>
    <message>
        <source>Only jobs of this provider account, or the ones run on this computer</source>
        <translation>Nur Aufträge dieses Anbieterkontos oder die auf diesem Computer ausgeführten</translation>
    </message>
</context>
<context>
    <name>storyreel::JobQueue</name>
    <message>
        <source>job %1 (%2)</source>
        <translation>Auftrag %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is %2 and cannot become %3</source>
        <extracomment>%1 is &quot;job 5 (title)&quot;; %2 and %3 are job statuses (queued, running, failed…).</extracomment>
        <translation>%1 hat den Status %2 und kann nicht in den Status %3 wechseln</translation>
    </message>
    <message>
        <source>cannot record %1: %2</source>
        <translation>%1 kann nicht erfasst werden: %2</translation>
    </message>
    <message>
        <source>This would cost %1, but only %2 of the %3 monthly budget of &quot;%4&quot; is left. Raise the budget in the account&apos;s settings or wait for next month.</source>
        <translation>Das würde %1 kosten, aber vom monatlichen Budget von %3 für &quot;%4&quot; sind nur noch %2 übrig. Erhöhen Sie das Budget in den Einstellungen des Kontos oder warten Sie bis zum nächsten Monat.</translation>
    </message>
    <message>
        <source>It waited for job %1, which ended %2.</source>
        <translation>Er hat auf Auftrag %1 gewartet, der mit dem Status %2 endete.</translation>
    </message>
    <message>
        <source>Nothing in this version can run %1 jobs yet.</source>
        <translation>Diese Version kann noch keine Aufträge der Art %1 ausführen.</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>wird gestartet</translation>
    </message>
    <message>
        <source>started, attempt %1</source>
        <translation>gestartet, Versuch %1</translation>
    </message>
    <message>
        <source>job %1 is no longer running</source>
        <translation>Auftrag %1 läuft nicht mehr</translation>
    </message>
    <message>
        <source>accepted by the provider as %1</source>
        <translation>vom Anbieter als %1 angenommen</translation>
    </message>
    <message>
        <source>transfer %1 started</source>
        <translation>Übertragung %1 gestartet</translation>
    </message>
    <message>
        <source>refund: %1</source>
        <translation>Erstattung: %1</translation>
    </message>
    <message>
        <source>%1; trying again in %2 s</source>
        <translation>%1; neuer Versuch in %2 s</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>retried (attempt %1)</source>
        <translation>erneut versucht (Versuch %1)</translation>
    </message>
    <message>
        <source>held</source>
        <translation>zurückgehalten</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>fortgesetzt</translation>
    </message>
    <message>
        <source>%1 is running; cancel it first</source>
        <translation>%1 läuft; brechen Sie ihn zuerst ab</translation>
    </message>
</context>
<context>
    <name>storyreel::JobRecovery</name>
    <message>
        <source>its process</source>
        <translation>sein Prozess</translation>
    </message>
    <message>
        <source>cannot recover job %1: %2</source>
        <translation>Auftrag %1 kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>interrupted: %1 stopped while it ran</source>
        <translation>unterbrochen: %1 wurde beendet, während der Auftrag lief</translation>
    </message>
</context>
<context>
    <name>storyreel::JobStore</name>
    <message>
        <source>record an event of job %1</source>
        <translation>ein Ereignis von Auftrag %1 erfassen</translation>
    </message>
    <message>
        <source>create job: %1</source>
        <translation>Auftrag erstellen: %1</translation>
    </message>
    <message>
        <source>create job &quot;%1&quot;</source>
        <translation>Auftrag &quot;%1&quot; erstellen</translation>
    </message>
    <message>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <source>save job %1</source>
        <translation>Auftrag %1 speichern</translation>
    </message>
    <message>
        <source>list batch %1</source>
        <translation>Stapel %1 auflisten</translation>
    </message>
    <message>
        <source>reorder the queue: %1</source>
        <translation>Warteschlange neu ordnen: %1</translation>
    </message>
    <message>
        <source>move job %1 in the queue</source>
        <translation>Auftrag %1 in der Warteschlange verschieben</translation>
    </message>
    <message>
        <source>%1: job %2 does not exist</source>
        <translation>%1: Auftrag %2 existiert nicht</translation>
    </message>
    <message>
        <source>save the progress of job %1</source>
        <translation>Fortschritt von Auftrag %1 speichern</translation>
    </message>
    <message>
        <source>request the cancel of job %1</source>
        <translation>Abbruch von Auftrag %1 anfordern</translation>
    </message>
    <message>
        <source>record that this process still runs its jobs</source>
        <translation>vermerken, dass dieser Prozess seine Aufträge noch ausführt</translation>
    </message>
    <message>
        <source>list the queue</source>
        <translation>Warteschlange auflisten</translation>
    </message>
    <message>
        <source>delete job %1</source>
        <translation>Auftrag %1 löschen</translation>
    </message>
    <message>
        <source>load job</source>
        <translation>Auftrag laden</translation>
    </message>
    <message>
        <source>job %1 does not exist</source>
        <translation>Auftrag %1 existiert nicht</translation>
    </message>
    <message>
        <source>list jobs</source>
        <translation>Aufträge auflisten</translation>
    </message>
    <message>
        <source>record an event of job %1: %2</source>
        <translation>ein Ereignis von Auftrag %1 erfassen: %2</translation>
    </message>
    <message>
        <source>load events of job %1</source>
        <translation>Ereignisse von Auftrag %1 laden</translation>
    </message>
    <message>
        <source>count jobs by status</source>
        <translation>Aufträge nach Status zählen</translation>
    </message>
</context>
<context>
    <name>storyreel::JobTableModel</name>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>(removed account)</source>
        <translation>(Konto entfernt)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n job(s)</source>
        <translation>
            <numerusform>%1 · %n Auftrag</numerusform>
            <numerusform>%1 · %n Aufträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>check job %1</source>
        <translation>Auftrag %1 prüfen</translation>
    </message>
</context>
<context>
    <name>storyreel::JobText</name>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Zurückgehalten</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Text to video</source>
        <translation>Text zu Video</translation>
    </message>
    <message>
        <source>Image to video</source>
        <translation>Bild zu Video</translation>
    </message>
    <message>
        <source>Storyboard generation</source>
        <translation>Storyboard-Generierung</translation>
    </message>
    <message>
        <source>Explainer</source>
        <translation>Erklärvideo</translation>
    </message>
    <message>
        <source>Refine scene</source>
        <translation>Szene überarbeiten</translation>
    </message>
    <message>
        <source>Render</source>
        <translation>Rendering</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Thumbnails</source>
        <translation>Miniaturen</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Upload</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
</context>
<context>
    <name>storyreel::JobsWorkspace</name>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Job actions</source>
        <translation>Auftragsaktionen</translation>
    </message>
    <message>
        <source>No jobs yet.
Renders, exports, generations, uploads and downloads you start appear here, with their progress, and stay here across restarts.</source>
        <translation>Noch keine Aufträge.
Renderings, Exporte, Generierungen, Uploads und Downloads, die Sie starten, erscheinen hier mit ihrem Fortschritt und bleiben auch nach einem Neustart erhalten.</translation>
    </message>
    <message>
        <source>Cannot read the jobs: %1</source>
        <translation>Die Aufträge können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Stop the selected queued, held or running jobs</source>
        <translation>Die ausgewählten wartenden, zurückgehaltenen oder laufenden Aufträge stoppen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Queue the selected failed, cancelled or interrupted jobs again</source>
        <translation>Die ausgewählten fehlgeschlagenen, abgebrochenen oder unterbrochenen Aufträge erneut in die Warteschlange stellen</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Zurückhalten</translation>
    </message>
    <message>
        <source>Keep the selected queued jobs from starting until resumed</source>
        <translation>Die ausgewählten wartenden Aufträge erst nach dem Fortsetzen starten lassen</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Let the selected held jobs run again</source>
        <translation>Die ausgewählten zurückgehaltenen Aufträge wieder laufen lassen</translation>
    </message>
    <message>
        <source>Move to &amp;Front</source>
        <translation>Nach &amp;vorne verschieben</translation>
    </message>
    <message>
        <source>Run the selected queued jobs before the others of their priority</source>
        <translation>Die ausgewählten wartenden Aufträge vor den anderen mit gleicher Priorität ausführen</translation>
    </message>
    <message>
        <source>Move to &amp;Back</source>
        <translation>Nach &amp;hinten verschieben</translation>
    </message>
    <message>
        <source>Run the selected queued jobs after the others of their priority</source>
        <translation>Die ausgewählten wartenden Aufträge nach den anderen mit gleicher Priorität ausführen</translation>
    </message>
    <message>
        <source>&amp;High Priority</source>
        <translation>Hohe &amp;Priorität</translation>
    </message>
    <message>
        <source>Run the selected queued jobs before normal and low ones</source>
        <translation>Die ausgewählten wartenden Aufträge vor denen mit normaler und niedriger Priorität ausführen</translation>
    </message>
    <message>
        <source>&amp;Normal Priority</source>
        <translation>&amp;Normale Priorität</translation>
    </message>
    <message>
        <source>Give the selected queued jobs normal priority</source>
        <translation>Den ausgewählten wartenden Aufträgen normale Priorität geben</translation>
    </message>
    <message>
        <source>&amp;Low Priority</source>
        <translation>Nie&amp;drige Priorität</translation>
    </message>
    <message>
        <source>Run the selected queued jobs after the others</source>
        <translation>Die ausgewählten wartenden Aufträge nach den anderen ausführen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>En&amp;tfernen</translation>
    </message>
    <message>
        <source>Remove the selected jobs that are not running from the list (their files stay)</source>
        <translation>Die ausgewählten Aufträge, die nicht laufen, aus der Liste entfernen (ihre Dateien bleiben erhalten)</translation>
    </message>
    <message>
        <source>Reveal &amp;Output</source>
        <translation>A&amp;usgabe anzeigen</translation>
    </message>
    <message>
        <source>Show the output files in the file manager</source>
        <translation>Die Ausgabedateien im Dateimanager anzeigen</translation>
    </message>
    <message>
        <source>Open in &amp;Library</source>
        <translation>In &amp;Bibliothek öffnen</translation>
    </message>
    <message>
        <source>Show the generated video in the Library</source>
        <translation>Das generierte Video in der Bibliothek anzeigen</translation>
    </message>
    <message>
        <source>Queue Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Queue order and priority</source>
        <translation>Reihenfolge und Priorität in der Warteschlange</translation>
    </message>
    <message>
        <source>Find Jobs</source>
        <translation>Aufträge suchen</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) could not be changed: %1</source>
        <translation>
            <numerusform>%n Auftrag konnte nicht geändert werden: %1</numerusform>
            <numerusform>%n Aufträge konnten nicht geändert werden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the folder %1</source>
        <translation>Der Ordner %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot read the events of job %1: %2</source>
        <translation>Die Ereignisse von Auftrag %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Return shows the job&apos;s details; the context menu (Menu key or Shift+F10) has every action</source>
        <translation>Eingabe zeigt die Details des Auftrags; das Kontextmenü (Menütaste oder Umschalt+F10) enthält alle Aktionen</translation>
    </message>
    <message>
        <source>Move the selected queued jobs to the front or back, or change their priority</source>
        <translation>Die ausgewählten wartenden Aufträge nach vorne oder hinten verschieben oder ihre Priorität ändern</translation>
    </message>
    <message>
        <source>Sort By</source>
        <translation>Sortieren nach</translation>
    </message>
    <message>
        <source>Queue Order (Newest First)</source>
        <translation>Reihenfolge der Warteschlange (neueste zuerst)</translation>
    </message>
    <message>
        <source>Sort the jobs by %1; again for the reverse order</source>
        <translation>Aufträge nach %1 sortieren; erneut für die umgekehrte Reihenfolge</translation>
    </message>
</context>
<context>
    <name>storyreel::JsonRead</name>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>expected a JSON array</source>
        <translation>JSON-Array erwartet</translation>
    </message>
    <message>
        <source>The provider sent an answer the studio cannot read (%1: %2)</source>
        <translation>Der Anbieter hat eine Antwort gesendet, die das Studio nicht lesen kann (%1: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not %2</source>
        <translation>&apos;%1&apos; ist ungültig (erwartet: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; missing</source>
        <translation>&apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>an id</source>
        <translation>eine ID</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date</source>
        <translation>&apos;%1&apos; ist kein Datum</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an object</source>
        <translation>&apos;%1&apos; ist kein Objekt</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>die Antwort ist leer</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
</context>
<context>
    <name>storyreel::KeyRecorder</name>
    <message>
        <source>No key: press a key combination here</source>
        <translation>Keine Taste: Drücken Sie hier eine Tastenkombination</translation>
    </message>
    <message>
        <source>Press the key combination to use. Tab moves on; Escape closes the dialog.</source>
        <translation>Drücken Sie die gewünschte Tastenkombination. Tab springt weiter; Esc schließt den Dialog.</translation>
    </message>
</context>
<context>
    <name>storyreel::KeychainCredentialStore</name>
    <message>
        <source>No secret is stored in the keychain for %1</source>
        <translation>Im Schlüsselbund ist kein Geheimnis für %1 gespeichert</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <source>The keychain is unavailable: %1</source>
        <translation>Der Schlüsselbund ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Fehler im Schlüsselbund: %1</translation>
    </message>
</context>
<context>
    <name>storyreel::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <source>&amp;System Default (%1)</source>
        <translation>&amp;Systemstandard (%1)</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>die Sprache des Systems</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Storyreel Studio will speak %1 from its next start.</source>
        <translation>Storyreel Studio verwendet ab dem nächsten Start %1.</translation>
    </message>
    <message>
        <source>Jobs keep running in the job monitor while the studio restarts.</source>
        <translation>Aufträge laufen im Auftragsmonitor weiter, während das Studio neu startet.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
</context>
<context>
    <name>storyreel::LedgerStore</name>
    <message>
        <source>account %1 does not exist</source>
        <translation>Konto %1 existiert nicht</translation>
    </message>
    <message>
        <source>check the ledger of job %1</source>
        <translation>Buchungen von Auftrag %1 prüfen</translation>
    </message>
    <message>
        <source>job %1 has already been charged for attempt %2</source>
        <translation>Auftrag %1 wurde für Versuch %2 bereits berechnet</translation>
    </message>
    <message>
        <source>job %1 has already been refunded for attempt %2</source>
        <translation>Auftrag %1 wurde für Versuch %2 bereits erstattet</translation>
    </message>
    <message>
        <source>record a %1: %2</source>
        <extracomment>%1 is the kind of ledger entry: charge, refund or credit.</extracomment>
        <translation>Buchung %1 erfassen: %2</translation>
    </message>
    <message>
        <source>record a %1 for account %2</source>
        <translation>Buchung %1 für Konto %2 erfassen</translation>
    </message>
    <message>
        <source>load the ledger of account %1</source>
        <translation>Buchungen von Konto %1 laden</translation>
    </message>
    <message>
        <source>balance of account %1</source>
        <translation>Guthaben von Konto %1</translation>
    </message>
    <message>
        <source>spending of account %1: no month given</source>
        <translation>Ausgaben von Konto %1: kein Monat angegeben</translation>
    </message>
    <message>
        <source>spending of account %1 in %2</source>
        <translation>Ausgaben von Konto %1 in %2</translation>
    </message>
</context>
<context>
    <name>storyreel::LibraryCommands</name>
    <message>
        <source>%1 must be a number (see the ID column of list), not &apos;%2&apos;</source>
        <translation>%1 muss eine Zahl sein (siehe Spalte ID von list), nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the look&apos;s image (no default video)</source>
        <translation>das Bild des Looks (kein Standardvideo)</translation>
    </message>
    <message>
        <source>the default video %1</source>
        <translation>das Standardvideo %1</translation>
    </message>
    <message>
        <source>the look&apos;s image (the default video %1 is %2)</source>
        <translation>das Bild des Looks (das Standardvideo %1 ist %2)</translation>
    </message>
    <message>
        <source>No looks in the library.</source>
        <translation>Keine Looks in der Bibliothek.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>PRODUCTS</source>
        <translation>PRODUKTE</translation>
    </message>
    <message>
        <source>VIDEOS</source>
        <translation>VIDEOS</translation>
    </message>
    <message>
        <source>DEFAULT</source>
        <translation>STANDARD</translation>
    </message>
    <message>
        <source>SHOWS</source>
        <translation>ZEIGT</translation>
    </message>
    <message>
        <source>video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>no look %1 (see storyreel looks list)</source>
        <translation>kein Look %1 (siehe storyreel looks list)</translation>
    </message>
    <message>
        <source>Look %1: %2</source>
        <translation>Look %1: %2</translation>
    </message>
    <message>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <source>%1 (%2), remote id %3</source>
        <translation>%1 (%2), Remote-ID %3</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Anbieter: %1</translation>
    </message>
    <message>
        <source>Visibility: %1</source>
        <translation>Sichtbarkeit: %1</translation>
    </message>
    <message>
        <source>Products (%1):</source>
        <translation>Produkte (%1):</translation>
    </message>
    <message>
        <source>Videos (%1; * = default):</source>
        <translation>Videos (%1; * = Standard):</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>Shows: %1</source>
        <translation>Zeigt: %1</translation>
    </message>
    <message>
        <source>%1 (in the library)</source>
        <translation>%1 (in der Bibliothek)</translation>
    </message>
    <message>
        <source>queued: the provider is unreachable; the change is sent when the account is reachable again.</source>
        <translation>in Warteschlange: Der Anbieter ist nicht erreichbar; die Änderung wird gesendet, sobald das Konto wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>The look library:
  list                   every look: products, videos, default video, and what it shows (video or image)
  show ID                a look&apos;s products and linked videos (* marks the default) and what it shows
  set-default LOOK VIDEO make a linked, finished video the look&apos;s default (on the provider too for an aistudio look; queued when it is unreachable)</source>
        <translation>Die Look-Bibliothek:
  list                   alle Looks: Produkte, Videos, Standardvideo und was jeder zeigt (Video oder Bild)
  show ID                Produkte und verknüpfte Videos eines Looks (* markiert das Standardvideo) und was er zeigt
  set-default LOOK VIDEO ein verknüpftes, fertiges Video zum Standardvideo des Looks machen (bei einem aistudio-Look auch beim Anbieter; in der Warteschlange, solange dieser nicht erreichbar ist)</translation>
    </message>
    <message>
        <source>list, show or set-default.</source>
        <translation>list, show oder set-default.</translation>
    </message>
    <message>
        <source>LOOK [VIDEO]</source>
        <translation>LOOK [VIDEO]</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (list, show or set-default)</source>
        <translation>unbekannte Aktion &apos;%1&apos; (list, show oder set-default)</translation>
    </message>
    <message>
        <source>list takes no argument</source>
        <translation>list erwartet kein Argument</translation>
    </message>
    <message>
        <source>show takes a look ID</source>
        <translation>show erwartet eine Look-ID</translation>
    </message>
    <message>
        <source>set-default takes LOOK VIDEO</source>
        <translation>set-default erwartet LOOK VIDEO</translation>
    </message>
    <message>
        <source>Video %1 is the default of look %2.</source>
        <translation>Video %1 ist das Standardvideo von Look %2.</translation>
    </message>
    <message>
        <source>--status takes pending, running, succeeded, failed or cancelled</source>
        <translation>--status erwartet pending, running, succeeded, failed oder cancelled</translation>
    </message>
    <message>
        <source>--kind takes text, image, storyboard, explainer, render or import</source>
        <translation>--kind erwartet text, image, storyboard, explainer, render oder import</translation>
    </message>
    <message>
        <source>--limit takes a positive number</source>
        <translation>--limit erwartet eine positive Zahl</translation>
    </message>
    <message>
        <source>No videos match.</source>
        <translation>Keine passenden Videos.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>FAV</source>
        <translation>FAV</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation>OFFLINE</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n video(s) (use --limit N for more).</source>
        <translation>
            <numerusform>%1 von %n Video angezeigt (mehr mit --limit N).</numerusform>
            <numerusform>%1 von %n Videos angezeigt (mehr mit --limit N).</numerusform>
        </translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>imported: %1 -&gt; video %2</source>
        <translation>importiert: %1 -&gt; Video %2</translation>
    </message>
    <message>
        <source>The library&apos;s videos:
  list [--status S] [--favorite] [--kind K] [--look ID] [--offline]
       [--search TEXT] [--limit N]   newest first
  import FILE...                     probe, copy into the media store and add to the library (non-media files are refused)
  favorite ID [--off]                mark (or unmark) a favourite (on the provider too for asyncvideos)</source>
        <translation>Die Videos der Bibliothek:
  list [--status S] [--favorite] [--kind K] [--look ID] [--offline]
       [--search TEXT] [--limit N]   neueste zuerst
  import FILE...                     prüfen, in den Medienspeicher kopieren und zur Bibliothek hinzufügen (Nicht-Mediendateien werden abgelehnt)
  favorite ID [--off]                als Favorit markieren (oder die Markierung entfernen) (bei asyncvideos auch beim Anbieter)</translation>
    </message>
    <message>
        <source>list, import or favorite.</source>
        <translation>list, import oder favorite.</translation>
    </message>
    <message>
        <source>FILE... or ID</source>
        <translation>FILE... oder ID</translation>
    </message>
    <message>
        <source>list: pending, running, succeeded, failed or cancelled.</source>
        <translation>list: pending, running, succeeded, failed oder cancelled.</translation>
    </message>
    <message>
        <source>list: favourites only.</source>
        <translation>list: nur Favoriten.</translation>
    </message>
    <message>
        <source>list: text, image, storyboard, explainer, render or import.</source>
        <translation>list: text, image, storyboard, explainer, render oder import.</translation>
    </message>
    <message>
        <source>list: videos linked to this look.</source>
        <translation>list: mit diesem Look verknüpfte Videos.</translation>
    </message>
    <message>
        <source>list: only videos with a file here.</source>
        <translation>list: nur Videos mit einer Datei auf diesem Computer.</translation>
    </message>
    <message>
        <source>list: text in the prompt or title (any case).</source>
        <translation>list: Text im Prompt oder Titel (Groß-/Kleinschreibung egal).</translation>
    </message>
    <message>
        <source>list: at most N videos (default 100).</source>
        <translation>list: höchstens N Videos (Standard 100).</translation>
    </message>
    <message>
        <source>favorite: remove the favourite mark.</source>
        <translation>favorite: die Favoritenmarkierung entfernen.</translation>
    </message>
    <message>
        <source>list takes options, not arguments</source>
        <translation>list erwartet Optionen, keine Argumente</translation>
    </message>
    <message>
        <source>import takes one or more files</source>
        <translation>import erwartet eine oder mehrere Dateien</translation>
    </message>
    <message>
        <source>favorite takes a video ID</source>
        <translation>favorite erwartet eine Video-ID</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (list, import or favorite)</source>
        <translation>unbekannte Aktion &apos;%1&apos; (list, import oder favorite)</translation>
    </message>
    <message>
        <source>Video %1 is a favourite.</source>
        <translation>Video %1 ist ein Favorit.</translation>
    </message>
    <message>
        <source>Video %1 is no longer a favourite.</source>
        <translation>Video %1 ist kein Favorit mehr.</translation>
    </message>
</context>
<context>
    <name>storyreel::LibraryService</name>
    <message>
        <source>Saved in the library and queued: the provider is unreachable (%1). It is sent when the account is reachable again.</source>
        <translation>In der Bibliothek gespeichert und in die Warteschlange gestellt: Der Anbieter ist nicht erreichbar (%1). Die Änderung wird gesendet, sobald das Konto wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>earlier edits are waiting</source>
        <translation>frühere Änderungen warten noch</translation>
    </message>
    <message>
        <source>%1 The edit is kept in the list of conflicts.</source>
        <translation>%1 Die Änderung wird in der Konfliktliste aufbewahrt.</translation>
    </message>
    <message>
        <source>There is no look %1 in the library.</source>
        <translation>Es gibt keinen Look %1 in der Bibliothek.</translation>
    </message>
    <message>
        <source>There is no video %1 in the library.</source>
        <translation>Es gibt kein Video %1 in der Bibliothek.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not linked to the look &quot;%2&quot;: link it first.</source>
        <translation>&quot;%1&quot; ist nicht mit dem Look &quot;%2&quot; verknüpft: Verknüpfen Sie es zuerst.</translation>
    </message>
    <message>
        <source>it failed</source>
        <translation>es ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>it was cancelled</source>
        <translation>es wurde abgebrochen</translation>
    </message>
    <message>
        <source>it is still generating</source>
        <translation>es wird noch generiert</translation>
    </message>
    <message>
        <source>Only a finished video can be the default; this one is not (%1).</source>
        <translation>Nur ein fertiges Video kann Standardvideo sein; dieses ist es nicht (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the default of &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; ist bereits das Standardvideo von &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not made on the provider account of &quot;%2&quot;, so the provider cannot show it as the look&apos;s default.</source>
        <translation>&quot;%1&quot; wurde nicht mit dem Anbieterkonto von &quot;%2&quot; erstellt, daher kann der Anbieter es nicht als Standardvideo des Looks anzeigen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not linked to the look &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; ist nicht mit dem Look &quot;%2&quot; verknüpft.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a video of the provider account of &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; ist kein Video des Anbieterkontos von &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Videos of a provider&apos;s look are made for it: generate one from the look.</source>
        <translation>Videos für den Look eines Anbieters werden eigens dafür erstellt: Erzeugen Sie eines aus dem Look.</translation>
    </message>
    <message>
        <source>The look &quot;%1&quot; belongs to &quot;%2&quot;, which cannot make videos for looks.</source>
        <translation>Der Look &quot;%1&quot; gehört zu &quot;%2&quot;, das keine Videos für Looks erstellen kann.</translation>
    </message>
    <message>
        <source>Download: %1</source>
        <translation>Download: %1</translation>
    </message>
    <message>
        <source>%1: changes made offline are being sent first.</source>
        <translation>%1: Zuerst werden die offline vorgenommenen Änderungen übertragen.</translation>
    </message>
    <message>
        <source>No provider account has looks to sync.</source>
        <translation>Kein Anbieterkonto hat Looks zum Synchronisieren.</translation>
    </message>
    <message>
        <source>%1 is not linked to the look %2 on the provider, so it cannot be its default.</source>
        <translation>%1 ist beim Anbieter nicht mit dem Look %2 verknüpft und kann daher nicht dessen Standardvideo sein.</translation>
    </message>
    <message>
        <source>Only the owner of this look can choose its default video.</source>
        <translation>Nur der Eigentümer dieses Looks kann sein Standardvideo wählen.</translation>
    </message>
    <message>
        <source>The look %1 or the video %2 no longer exists on the provider (deleted meanwhile?), so the default could not be set there.</source>
        <translation>Der Look %1 oder das Video %2 existiert beim Anbieter nicht mehr (inzwischen gelöscht?), daher konnte das Standardvideo dort nicht festgelegt werden.</translation>
    </message>
    <message>
        <source>The provider did not set %1 as the default of %2.</source>
        <translation>Der Anbieter hat %1 nicht als Standardvideo von %2 festgelegt.</translation>
    </message>
    <message>
        <source>%1 was already deleted on the provider.</source>
        <translation>%1 wurde beim Anbieter bereits gelöscht.</translation>
    </message>
    <message>
        <source>Only the owner of %1 can delete it from the provider.</source>
        <translation>Nur der Eigentümer von %1 kann es beim Anbieter löschen.</translation>
    </message>
    <message>
        <source>The provider did not delete %1.</source>
        <translation>Der Anbieter hat %1 nicht gelöscht.</translation>
    </message>
    <message>
        <source>%1 no longer exists on the provider (deleted meanwhile?), so its favourite could not be saved there.</source>
        <translation>%1 existiert beim Anbieter nicht mehr (inzwischen gelöscht?), daher konnte die Favoritenmarkierung dort nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The provider does not let this account change %1.</source>
        <translation>Der Anbieter erlaubt diesem Konto nicht, %1 zu ändern.</translation>
    </message>
    <message>
        <source>The provider did not save the favourite of %1.</source>
        <translation>Der Anbieter hat die Favoritenmarkierung von %1 nicht gespeichert.</translation>
    </message>
    <message>
        <source>This account&apos;s provider has no &quot;%1&quot; operation.</source>
        <translation>Der Anbieter dieses Kontos kennt keine Operation &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Synced %1 and %2 from your providers.</source>
        <translation>%1 und %2 von Ihren Anbietern synchronisiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n look(s)</source>
        <translation>
            <numerusform>%n Look</numerusform>
            <numerusform>%n Looks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n Video</numerusform>
            <numerusform>%n Videos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyreel::LibraryWorkspace</name>
    <message>
        <source>Sync from Providers</source>
        <translation>Von Anbietern synchronisieren</translation>
    </message>
    <message>
        <source>Refresh from Cloud</source>
        <translation>Aus der Cloud aktualisieren</translation>
    </message>
    <message>
        <source>Library view</source>
        <translation>Bibliotheksansicht</translation>
    </message>
    <message>
        <source>Looks</source>
        <translation>Looks</translation>
    </message>
    <message>
        <source>All Videos</source>
        <translation>Alle Videos</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Import Media…</source>
        <translation>Medien importieren…</translation>
    </message>
    <message>
        <source>Bring your provider accounts&apos; looks and their videos into the library</source>
        <translation>Looks Ihrer Anbieterkonten und deren Videos in die Bibliothek übernehmen</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>%1 wird importiert (%2 von %3)…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n video(s).</source>
        <translation>
            <numerusform>%n Video importiert.</numerusform>
            <numerusform>%n Videos importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused:</source>
        <translation>
            <numerusform>%n Datei abgelehnt:</numerusform>
            <numerusform>%n Dateien abgelehnt:</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter looks by title…</source>
        <translation>Looks nach Titel filtern…</translation>
    </message>
    <message>
        <source>Filter looks</source>
        <translation>Looks filtern</translation>
    </message>
    <message>
        <source>No looks yet. Looks you create or sync from a provider will appear here.</source>
        <translation>Noch keine Looks. Looks, die Sie erstellen oder von einem Anbieter synchronisieren, erscheinen hier.</translation>
    </message>
    <message>
        <source>Syncing looks from your provider accounts…</source>
        <translation>Looks werden von Ihren Anbieterkonten synchronisiert…</translation>
    </message>
    <message>
        <source>Cannot read the looks: %1</source>
        <translation>Die Looks können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot open the video: %1</source>
        <translation>Das Video kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Cannot open the videos: %1</source>
        <translation>Die Videos können nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Default video changed.</source>
        <translation>Standardvideo geändert.</translation>
    </message>
    <message>
        <source>Saved here; the provider is unreachable, so the change will be sent when it is back.</source>
        <translation>Lokal gespeichert; der Anbieter ist nicht erreichbar, daher wird die Änderung übertragen, sobald er wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>Unlink Video</source>
        <translation>Video-Verknüpfung aufheben</translation>
    </message>
    <message>
        <source>Remove this video from “%1”? The provider deletes the video itself; a copy made available offline stays in your library.</source>
        <translation>Dieses Video aus „%1“ entfernen? Der Anbieter löscht das Video selbst; eine Offline-Kopie bleibt in Ihrer Bibliothek erhalten.</translation>
    </message>
    <message>
        <source>Unlink this video from “%1”? The video stays in your library.</source>
        <translation>Verknüpfung dieses Videos mit „%1“ aufheben? Das Video bleibt in Ihrer Bibliothek.</translation>
    </message>
    <message>
        <source>Delete at Provider</source>
        <translation>Beim Anbieter löschen</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Verknüpfung aufheben</translation>
    </message>
    <message>
        <source>Video unlinked.</source>
        <translation>Video-Verknüpfung aufgehoben.</translation>
    </message>
    <message>
        <source>Video linked to the look.</source>
        <translation>Video mit dem Look verknüpft.</translation>
    </message>
    <message numerus="yes">
        <source>Linked %n video(s) to “%1”.</source>
        <translation>
            <numerusform>%n Video mit „%1“ verknüpft.</numerusform>
            <numerusform>%n Videos mit „%1“ verknüpft.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: a model walks toward the camera</source>
        <translation>%1: ein Model geht auf die Kamera zu</translation>
    </message>
    <message>
        <source>%1 — %2: a model walks toward the camera</source>
        <translation>%1 — %2: ein Model geht auf die Kamera zu</translation>
    </message>
    <message>
        <source>Made on this computer by the local provider as a draft; free.</source>
        <translation>Als Entwurf vom lokalen Anbieter auf diesem Computer erstellt; kostenlos.</translation>
    </message>
    <message>
        <source>Made by %1 for this look: 50 tokens, charged when the provider accepts it.</source>
        <translation>Von %1 für diesen Look erstellt: 50 Token, berechnet, sobald der Anbieter den Auftrag annimmt.</translation>
    </message>
    <message>
        <source>its provider account</source>
        <translation>seinem Anbieterkonto</translation>
    </message>
    <message>
        <source>Already available offline.</source>
        <translation>Bereits offline verfügbar.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made offline wait for the provider.</source>
        <translation>
            <numerusform>%n offline vorgenommene Änderung wartet auf den Anbieter.</numerusform>
            <numerusform>%n offline vorgenommene Änderungen warten auf den Anbieter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be applied by the provider.</source>
        <translation>
            <numerusform>%n Änderung konnte vom Anbieter nicht übernommen werden.</numerusform>
            <numerusform>%n Änderungen konnten vom Anbieter nicht übernommen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry Now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Prüfen…</translation>
    </message>
    <message>
        <source>Import Media</source>
        <translation>Medien importieren</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mov *.webm *.mkv *.m4v *.avi);;All files (*)</source>
        <translation>Videos (*.mp4 *.mov *.webm *.mkv *.m4v *.avi);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Only files can be imported; folders are not opened.</source>
        <translation>Nur Dateien können importiert werden; Ordner werden nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cloud storage is not available in this window</source>
        <translation>Cloud-Speicher ist in diesem Fenster nicht verfügbar</translation>
    </message>
    <message>
        <source>Look in the default cloud storage for videos this library does not have yet</source>
        <translation>Im Standard-Cloud-Speicher nach Videos suchen, die diese Bibliothek noch nicht hat</translation>
    </message>
    <message>
        <source>Add a cloud storage in Settings › Cloud Storage first</source>
        <translation>Fügen Sie zuerst einen Cloud-Speicher unter Einstellungen › Cloud-Speicher hinzu</translation>
    </message>
    <message>
        <source>Add a cloud storage in Settings › Cloud Storage first.</source>
        <translation>Fügen Sie zuerst einen Cloud-Speicher unter Einstellungen › Cloud-Speicher hinzu.</translation>
    </message>
    <message>
        <source>Cloud Storage…</source>
        <translation>Cloud-Speicher…</translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n video(s) to “%1”; follow them in Jobs (Ctrl+3).</source>
        <translation>
            <numerusform>%n Video wird nach „%1“ hochgeladen; verfolgen Sie den Vorgang unter Aufträge (Strg+3).</numerusform>
            <numerusform>%n Videos werden nach „%1“ hochgeladen; verfolgen Sie den Vorgang unter Aufträge (Strg+3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in “%1”.</source>
        <translation>Bereits in „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n video(s) from the cloud storage; follow them in Jobs (Ctrl+3).</source>
        <translation>
            <numerusform>%n Video wird aus dem Cloud-Speicher heruntergeladen; verfolgen Sie den Vorgang unter Aufträge (Strg+3).</numerusform>
            <numerusform>%n Videos werden aus dem Cloud-Speicher heruntergeladen; verfolgen Sie den Vorgang unter Aufträge (Strg+3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the video: %1</source>
        <translation>Das Video kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>“%1” is still being uploaded; share it once it is in the cloud.</source>
        <translation>„%1“ wird noch hochgeladen; geben Sie es frei, sobald es in der Cloud ist.</translation>
    </message>
    <message>
        <source>Upload “%1” first; a link can be shared once it is in the cloud.</source>
        <translation>Laden Sie „%1“ zuerst hoch; ein Link kann freigegeben werden, sobald es in der Cloud ist.</translation>
    </message>
    <message>
        <source>Making a link to “%1”…</source>
        <translation>Link zu „%1“ wird erstellt…</translation>
    </message>
    <message>
        <source>Cannot make a link to “%1”: %2</source>
        <translation>Link zu „%1“ kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Share link copied — expires %1</source>
        <translation>Freigabelink kopiert — läuft ab: %1</translation>
    </message>
    <message>
        <source>Looking for new videos in “%1”…</source>
        <translation>Neue Videos in „%1“ werden gesucht…</translation>
    </message>
    <message>
        <source>Cannot look in “%1”: %2</source>
        <translation>In „%1“ kann nicht gesucht werden: %2</translation>
    </message>
    <message>
        <source>No new videos in “%1”: the library knows everything there.</source>
        <translation>Keine neuen Videos in „%1“: Die Bibliothek kennt bereits alles dort.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n new video(s) in “%1”; they stay in the cloud until you download or review them.</source>
        <translation>
            <numerusform>%n neues Video in „%1“ gefunden; es bleibt in der Cloud, bis Sie es herunterladen oder prüfen.</numerusform>
            <numerusform>%n neue Videos in „%1“ gefunden; sie bleiben in der Cloud, bis Sie sie herunterladen oder prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looks with their products and videos</source>
        <translation>Looks mit ihren Produkten und Videos</translation>
    </message>
    <message>
        <source>Every video of the library, with filters</source>
        <translation>Alle Videos der Bibliothek, mit Filtern</translation>
    </message>
    <message>
        <source>Looks, or all videos; Left and Right switch</source>
        <translation>Looks oder alle Videos; Links und Rechts wechseln</translation>
    </message>
    <message>
        <source>The selected look&apos;s details show beside the grid; Return moves to them</source>
        <translation>Die Details des ausgewählten Looks erscheinen neben dem Raster; Eingabe wechselt dorthin</translation>
    </message>
    <message>
        <source>Import video files into the library, or drop them here</source>
        <translation>Videodateien in die Bibliothek importieren oder hier ablegen</translation>
    </message>
    <message>
        <source>Generating (job %1). It joins the look when it is ready; follow it in %2.</source>
        <translation>Wird erzeugt (Auftrag %1). Das Video kommt zum Look, sobald es fertig ist; verfolgen Sie es unter %2.</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %n video(s) for offline review; follow them in %1.</source>
        <translation>
            <numerusform>%n Video wird für die Offline-Prüfung heruntergeladen; verfolgen Sie es unter %1.</numerusform>
            <numerusform>%n Videos werden für die Offline-Prüfung heruntergeladen; verfolgen Sie sie unter %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyreel::LocalRunners</name>
    <message>
        <source>the export preset %1/%2 is unknown</source>
        <translation>die Exportvoreinstellung %1/%2 ist unbekannt</translation>
    </message>
    <message>
        <source>the thumbnail batch was cancelled</source>
        <translation>der Miniaturen-Stapel wurde abgebrochen</translation>
    </message>
    <message>
        <source>thumbnails</source>
        <translation>Miniaturen werden erstellt</translation>
    </message>
</context>
<context>
    <name>storyreel::LocalSynthesis</name>
    <message>
        <source>a text-to-video draft needs a prompt</source>
        <translation>ein Text-zu-Video-Entwurf braucht einen Prompt</translation>
    </message>
    <message>
        <source>an image-to-video draft needs an image</source>
        <translation>ein Bild-zu-Video-Entwurf braucht ein Bild</translation>
    </message>
</context>
<context>
    <name>storyreel::LookCardDelegate</name>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Partly offline</source>
        <translation>Teilweise offline</translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n Video</numerusform>
            <numerusform>%n Videos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyreel::LookDetailsPane</name>
    <message>
        <source>Products of the look</source>
        <translation>Produkte des Looks</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Videos</translation>
    </message>
    <message>
        <source>Videos of the look</source>
        <translation>Videos des Looks</translation>
    </message>
    <message>
        <source>No videos for this look yet. Generate one, or link a video from the library.</source>
        <translation>Noch keine Videos für diesen Look. Erzeugen Sie eines oder verknüpfen Sie ein Video aus der Bibliothek.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Set as Default</source>
        <translation>Als Standard festlegen</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <source>Unlink…</source>
        <translation>Verknüpfung aufheben…</translation>
    </message>
    <message>
        <source>Link Video…</source>
        <translation>Video verknüpfen…</translation>
    </message>
    <message>
        <source>Generate Video…</source>
        <translation>Video erzeugen…</translation>
    </message>
    <message>
        <source>Make Available Offline</source>
        <translation>Offline verfügbar machen</translation>
    </message>
    <message>
        <source>No look selected</source>
        <translation>Kein Look ausgewählt</translation>
    </message>
    <message>
        <source>Cannot read the look: %1</source>
        <translation>Der Look kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n Produkt</numerusform>
            <numerusform>%n Produkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n Video</numerusform>
            <numerusform>%n Videos</numerusform>
        </translation>
    </message>
    <message>
        <source> · from a provider account</source>
        <translation> · von einem Anbieterkonto</translation>
    </message>
    <message>
        <source>Storefront shows: the default video.</source>
        <translation>Im Shop angezeigt: das Standardvideo.</translation>
    </message>
    <message>
        <source>Storefront shows: the look&apos;s image, until the default video is ready (%1).</source>
        <translation>Im Shop angezeigt: das Bild des Looks, bis das Standardvideo fertig ist (%1).</translation>
    </message>
    <message>
        <source>Storefront shows: the look&apos;s image — no default video chosen.</source>
        <translation>Im Shop angezeigt: das Bild des Looks — kein Standardvideo ausgewählt.</translation>
    </message>
    <message>
        <source>Storefront shows: the look&apos;s image.</source>
        <translation>Im Shop angezeigt: das Bild des Looks.</translation>
    </message>
    <message>
        <source>Only a finished video can be the default.</source>
        <translation>Nur ein fertiges Video kann das Standardvideo sein.</translation>
    </message>
    <message>
        <source>Videos of a provider&apos;s look are made for it: generate one instead.</source>
        <translation>Videos für den Look eines Anbieters werden eigens dafür erstellt: Erzeugen Sie stattdessen eines.</translation>
    </message>
    <message>
        <source>Available Offline</source>
        <translation>Offline verfügbar</translation>
    </message>
    <message>
        <source>The selected look</source>
        <translation>Der ausgewählte Look</translation>
    </message>
    <message>
        <source>Name, brand, category and price of each product</source>
        <translation>Name, Marke, Kategorie und Preis jedes Produkts</translation>
    </message>
    <message>
        <source>Return reviews the selected video; the context menu (Menu key or Shift+F10) has every action</source>
        <translation>Eingabe prüft das ausgewählte Video; das Kontextmenü (Menütaste oder Umschalt+F10) enthält alle Aktionen</translation>
    </message>
    <message>
        <source>Make the selected video the one the storefront shows</source>
        <translation>Das ausgewählte Video zu dem machen, das der Shop zeigt</translation>
    </message>
    <message>
        <source>Link a video from the library to this look</source>
        <translation>Ein Video aus der Bibliothek mit diesem Look verknüpfen</translation>
    </message>
</context>
<context>
    <name>storyreel::LookListModel</name>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Geteilt</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n Produkt</numerusform>
            <numerusform>%n Produkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n Video</numerusform>
            <numerusform>%n Videos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Look %1 with %n product(s)</source>
        <translation>
            <numerusform>Look %1 mit %n Produkt</numerusform>
            <numerusform>Look %1 mit %n Produkten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyreel::LookPickerDialog</name>
    <message>
        <source>Choose a Look</source>
        <translation>Look auswählen</translation>
    </message>
    <message>
        <source>Type part of the look&apos;s title</source>
        <translation>Geben Sie einen Teil des Look-Titels ein</translation>
    </message>
    <message>
        <source>Search looks</source>
        <translation>Looks durchsuchen</translation>
    </message>
    <message>
        <source>Looks</source>
        <translation>Looks</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>Return chooses the selected look</source>
        <translation>Eingabe wählt den markierten Look</translation>
    </message>
    <message>
        <source>Use the selected look</source>
        <translation>Den ausgewählten Look verwenden</translation>
    </message>
</context>
<context>
    <name>storyreel::LookStore</name>
    <message>
        <source>save products</source>
        <translation>Produkte speichern</translation>
    </message>
    <message>
        <source>load products</source>
        <translation>Produkte laden</translation>
    </message>
    <message>
        <source>create look: %1</source>
        <translation>Look erstellen: %1</translation>
    </message>
    <message>
        <source>create look</source>
        <translation>Look erstellen</translation>
    </message>
    <message>
        <source>save look: %1</source>
        <translation>Look speichern: %1</translation>
    </message>
    <message>
        <source>save look %1</source>
        <translation>Look %1 speichern</translation>
    </message>
    <message>
        <source>delete look %1</source>
        <translation>Look %1 löschen</translation>
    </message>
    <message>
        <source>load look</source>
        <translation>Look laden</translation>
    </message>
    <message>
        <source>look %1 does not exist</source>
        <translation>Look %1 existiert nicht</translation>
    </message>
    <message>
        <source>list looks</source>
        <translation>Looks auflisten</translation>
    </message>
    <message>
        <source>list look summaries</source>
        <translation>Look-Übersichten auflisten</translation>
    </message>
</context>
<context>
    <name>storyreel::MainWindow</name>
    <message>
        <source>Storyreel Studio</source>
        <translation>Storyreel Studio</translation>
    </message>
    <message>
        <source>Welcome! A sample storyboard and two sample looks were created to explore.</source>
        <translation>Willkommen! Ein Beispiel-Storyboard und zwei Beispiel-Looks wurden zum Ausprobieren erstellt.</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Storyboards</source>
        <translation>Storyboards</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>New &amp;Video…</source>
        <translation>Neues &amp;Video…</translation>
    </message>
    <message>
        <source>Generate a video from a prompt or an image, locally or on a provider account</source>
        <translation>Ein Video aus einem Prompt oder einem Bild erzeugen, lokal oder über ein Anbieterkonto</translation>
    </message>
    <message>
        <source>New &amp;Explainer…</source>
        <translation>Neues &amp;Erklärvideo…</translation>
    </message>
    <message>
        <source>Generate an educational explainer video from a topic and its context</source>
        <translation>Ein Lern-Erklärvideo zu einem Thema und seinem Kontext erzeugen</translation>
    </message>
    <message>
        <source>New Story&amp;board…</source>
        <translation>&amp;Neues Storyboard…</translation>
    </message>
    <message>
        <source>Generate a storyboard of scenes from a story prompt</source>
        <translation>Ein Storyboard mit Szenen aus einem Story-Prompt erzeugen</translation>
    </message>
    <message>
        <source>New Storyboard from &amp;Script…</source>
        <translation>Neues Storyboard aus &amp;Skript…</translation>
    </message>
    <message>
        <source>Make a storyboard from a script: one scene per paragraph</source>
        <translation>Ein Storyboard aus einem Skript erstellen: eine Szene pro Absatz</translation>
    </message>
    <message>
        <source>&amp;Open Storyboard File…</source>
        <translation>Storyboard-Datei &amp;öffnen…</translation>
    </message>
    <message>
        <source>Open a shared .storyreel file as a new storyboard</source>
        <translation>Eine geteilte .storyreel-Datei als neues Storyboard öffnen</translation>
    </message>
    <message>
        <source>Save Storyboard &amp;As…</source>
        <translation>Storyboard speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the open storyboard as a .storyreel file to share it</source>
        <translation>Das geöffnete Storyboard als .storyreel-Datei speichern, um es zu teilen</translation>
    </message>
    <message>
        <source>&amp;Import Media…</source>
        <translation>Medien &amp;importieren…</translation>
    </message>
    <message>
        <source>Add video files to the library (or drop them on the Library)</source>
        <translation>Videodateien zur Bibliothek hinzufügen (oder auf der Bibliothek ablegen)</translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>&amp;Datenordner öffnen</translation>
    </message>
    <message>
        <source>Show the folder with the catalog and media in the file manager</source>
        <translation>Den Ordner mit Katalog und Medien im Dateimanager anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Storyboards</source>
        <translation>&amp;Storyboards</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Aufträge</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Reload Catalog</source>
        <translation>Katalog &amp;neu laden</translation>
    </message>
    <message>
        <source>Show &amp;Job Monitor</source>
        <translation>Auftrags&amp;monitor anzeigen</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konten…</translation>
    </message>
    <message>
        <source>Add, edit, test and remove provider accounts</source>
        <translation>Anbieterkonten hinzufügen, bearbeiten, testen und entfernen</translation>
    </message>
    <message>
        <source>Cloud &amp;Storage…</source>
        <translation>Cloud-&amp;Speicher…</translation>
    </message>
    <message>
        <source>Add, edit, test and remove the S3-compatible buckets media sync to</source>
        <translation>S3-kompatible Buckets, mit denen Medien synchronisiert werden, hinzufügen, bearbeiten, testen und entfernen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Storyreel Studio</source>
        <translation>&amp;Über Storyreel Studio</translation>
    </message>
    <message>
        <source>About Storyreel Studio</source>
        <translation>Über Storyreel Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Storyreel Studio %1&lt;/h3&gt;&lt;p&gt;Storyboards, looks and AI video jobs in one window.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;FFmpeg %3&lt;br&gt;SQLite %4&lt;/p&gt;&lt;p&gt;Data folder: %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Storyreel Studio %1&lt;/h3&gt;&lt;p&gt;Storyboards, Looks und KI-Videoaufträge in einem Fenster.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;FFmpeg %3&lt;br&gt;SQLite %4&lt;/p&gt;&lt;p&gt;Datenordner: %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Storyboards: %1  ·  Looks: %2  ·  Active jobs: %3</source>
        <translation>Storyboards: %1  ·  Looks: %2  ·  Aktive Aufträge: %3</translation>
    </message>
    <message>
        <source>&amp;Welcome to Storyreel Studio…</source>
        <translation>&amp;Willkommen bei Storyreel Studio…</translation>
    </message>
    <message>
        <source>The three workspaces in short, and the first steps</source>
        <translation>Die drei Arbeitsbereiche im Überblick und die ersten Schritte</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Tastenkürzel…</translation>
    </message>
    <message>
        <source>See every command&apos;s keys and change them</source>
        <translation>Die Tastenkürzel aller Befehle anzeigen und ändern</translation>
    </message>
    <message>
        <source>Uploading %1 to the cloud storage (job %2); follow it in %3.</source>
        <translation>%1 wird in den Cloud-Speicher hochgeladen (Auftrag %2); verfolgen Sie es unter %3.</translation>
    </message>
    <message>
        <source>Queued “%1” (job %2). Follow it in %3.</source>
        <translation>„%1“ in die Warteschlange gestellt (Auftrag %2). Verfolgen Sie es unter %3.</translation>
    </message>
</context>
<context>
    <name>storyreel::MediaCommands</name>
    <message>
        <source>video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>container:</source>
        <translation>Container:</translation>
    </message>
    <message>
        <source>duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>bit rate:</source>
        <translation>Bitrate:</translation>
    </message>
    <message>
        <source>rotated %1 degrees</source>
        <translation>um %1 Grad gedreht</translation>
    </message>
    <message>
        <source>(cover art)</source>
        <translation>(Cover-Bild)</translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n Kanal</numerusform>
            <numerusform>%n Kanäle</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the container, duration and streams of a media file.</source>
        <translation>Zeigt Container, Dauer und Streams einer Mediendatei an.</translation>
    </message>
    <message>
        <source>The media file.</source>
        <translation>Die Mediendatei.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Save a poster frame of a video as JPEG or PNG. With several videos, OUT is a folder and the posters are made in parallel.</source>
        <translation>Speichert ein Vorschaubild eines Videos als JPEG oder PNG. Bei mehreren Videos ist OUT ein Ordner und die Vorschaubilder werden parallel erstellt.</translation>
    </message>
    <message>
        <source>The video(s).</source>
        <translation>Das Video bzw. die Videos.</translation>
    </message>
    <message>
        <source>Write the image to FILE (.jpg or .png), or into a folder for several videos.</source>
        <translation>Das Bild nach FILE schreiben (.jpg oder .png) oder bei mehreren Videos in einen Ordner.</translation>
    </message>
    <message>
        <source>Time of the frame in seconds (default: a poster time).</source>
        <translation>Zeitpunkt des Bildes in Sekunden (Standard: ein Zeitpunkt für Vorschaubilder).</translation>
    </message>
    <message>
        <source>Width in pixels (default 640).</source>
        <translation>Breite in Pixeln (Standard 640).</translation>
    </message>
    <message>
        <source>-o OUT is required</source>
        <translation>-o OUT ist erforderlich</translation>
    </message>
    <message>
        <source>the output must end in .jpg or .png</source>
        <translation>die Ausgabe muss auf .jpg oder .png enden</translation>
    </message>
    <message>
        <source>with several videos, -o names an existing folder</source>
        <translation>bei mehreren Videos muss -o einen vorhandenen Ordner angeben</translation>
    </message>
    <message>
        <source>--at takes a time in seconds</source>
        <translation>--at erwartet eine Zeit in Sekunden</translation>
    </message>
    <message>
        <source>--width takes 16 to 7680 pixels</source>
        <translation>--width erwartet 16 bis 7680 Pixel</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Export a video with a preset (results are cached and reused).</source>
        <translation>Exportiert ein Video mit einer Voreinstellung (Ergebnisse werden zwischengespeichert und wiederverwendet).</translation>
    </message>
    <message>
        <source>The source video.</source>
        <translation>Das Quellvideo.</translation>
    </message>
    <message>
        <source>Write the export to FILE.</source>
        <translation>Den Export nach FILE schreiben.</translation>
    </message>
    <message>
        <source>mp4, webm or mov.</source>
        <translation>mp4, webm oder mov.</translation>
    </message>
    <message>
        <source>low (480p), medium (720p) or high (1080p).</source>
        <translation>low (480p), medium (720p) oder high (1080p).</translation>
    </message>
    <message>
        <source>Scale up sources smaller than the preset.</source>
        <translation>Quellen hochskalieren, die kleiner als die Voreinstellung sind.</translation>
    </message>
    <message>
        <source>--format takes mp4, webm or mov and --quality low, medium or high</source>
        <translation>--format erwartet mp4, webm oder mov und --quality low, medium oder high</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 has no video to export</source>
        <translation>%1 enthält kein Video zum Exportieren</translation>
    </message>
    <message>
        <source>Export %1 as %2</source>
        <translation>%1 als %2 exportieren</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 nach %2 exportiert</translation>
    </message>
</context>
<context>
    <name>storyreel::MediaImport</name>
    <message>
        <source>it</source>
        <extracomment>Stands for the file in an error message of the media engine: &quot;cannot open it: …&quot;.</extracomment>
        <translation>die Datei</translation>
    </message>
    <message>
        <source>%1 is not a video Storyreel can read: %2</source>
        <translation>%1 ist kein Video, das Storyreel lesen kann: %2</translation>
    </message>
    <message>
        <source>%1 could not be copied into the media store.</source>
        <translation>%1 konnte nicht in den Medienspeicher kopiert werden.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a video file.</source>
        <translation>%1 ist ein Ordner, keine Videodatei.</translation>
    </message>
    <message>
        <source>%1 cannot be read (permissions).</source>
        <translation>%1 kann nicht gelesen werden (Berechtigungen).</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>die Datei ist leer.</translation>
    </message>
    <message>
        <source>%1 is an image: only videos go into the library (use it as a look&apos;s or a scene&apos;s image instead).</source>
        <translation>%1 ist ein Bild: In die Bibliothek kommen nur Videos (verwenden Sie es stattdessen als Bild eines Looks oder einer Szene).</translation>
    </message>
    <message>
        <source>%1 is an image: only videos go into the library.</source>
        <translation>%1 ist ein Bild: In die Bibliothek kommen nur Videos.</translation>
    </message>
    <message>
        <source>it has no picture (an audio file?).</source>
        <translation>die Datei hat keine Bildspur (eine Audiodatei?).</translation>
    </message>
    <message>
        <source>its duration is unknown or zero.</source>
        <translation>die Dauer ist unbekannt oder null.</translation>
    </message>
    <message>
        <source>The poster of %1 could not be encoded.</source>
        <translation>Das Vorschaubild von %1 konnte nicht kodiert werden.</translation>
    </message>
</context>
<context>
    <name>storyreel::MediaStore</name>
    <message>
        <source>cannot create the media folder under %1</source>
        <translation>der Medienordner unter %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot copy %1 into the media store: %2</source>
        <translation>%1 kann nicht in den Medienspeicher kopiert werden: %2</translation>
    </message>
</context>
<context>
    <name>storyreel::MediaWriter</name>
    <message>
        <source>the %1 encoder is not available in this FFmpeg</source>
        <translation>der Encoder %1 ist in diesem FFmpeg nicht verfügbar</translation>
    </message>
    <message>
        <source>cannot start the %1 encoder</source>
        <translation>der Encoder %1 kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>cannot add a video stream</source>
        <translation>ein Videostream kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>cannot allocate a video frame</source>
        <translation>ein Videoframe kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot add an audio stream</source>
        <translation>ein Audiostream kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>cannot create a %1 file</source>
        <translation>eine %1-Datei kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot write the %1 header</source>
        <translation>der %1-Header kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>encoding failed</source>
        <translation>Kodierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>writing the file failed</source>
        <translation>Schreiben der Datei fehlgeschlagen</translation>
    </message>
    <message>
        <source>out of memory converting video</source>
        <translation>nicht genug Speicher beim Konvertieren des Videos</translation>
    </message>
    <message>
        <source>cannot convert %1x%2 frames</source>
        <translation>Frames mit %1x%2 können nicht konvertiert werden</translation>
    </message>
    <message>
        <source>cannot reuse the video frame</source>
        <translation>der Videoframe kann nicht wiederverwendet werden</translation>
    </message>
    <message>
        <source>cannot convert the video</source>
        <translation>das Video kann nicht konvertiert werden</translation>
    </message>
    <message>
        <source>cannot allocate an audio frame</source>
        <translation>ein Audioframe kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot allocate audio</source>
        <translation>Audiopuffer kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot resample the audio</source>
        <translation>Resampling des Audios fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot queue the audio</source>
        <translation>das Audio kann nicht eingereiht werden</translation>
    </message>
    <message>
        <source>cannot set up audio resampling</source>
        <translation>das Audio-Resampling kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>cannot finish the file</source>
        <translation>die Datei kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>cannot close the file</source>
        <translation>die Datei kann nicht geschlossen werden</translation>
    </message>
</context>
<context>
    <name>storyreel::MemoryCredentialStore</name>
    <message>
        <source>The keychain is unavailable: no keychain backend (simulated)</source>
        <translation>Der Schlüsselbund ist nicht verfügbar: kein Schlüsselbund-Backend (simuliert)</translation>
    </message>
    <message>
        <source>No secret is stored for %1</source>
        <translation>Für %1 ist kein Geheimnis gespeichert</translation>
    </message>
</context>
<context>
    <name>storyreel::Migrations</name>
    <message>
        <source>migration %1 is missing from this build</source>
        <translation>Migration %1 fehlt in diesem Build</translation>
    </message>
    <message>
        <source>could not lock the catalog to migrate it: %1</source>
        <translation>der Katalog konnte für die Migration nicht gesperrt werden: %1</translation>
    </message>
    <message>
        <source>migration to schema %1 failed: %2</source>
        <translation>Migration auf Schema %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>could not record schema %1: %2</source>
        <translation>Schema %1 konnte nicht vermerkt werden: %2</translation>
    </message>
</context>
<context>
    <name>storyreel::NewExplainerDialog</name>
    <message>
        <source>New Explainer</source>
        <translation>Neues Erklärvideo</translation>
    </message>
    <message>
        <source>e.g. How photosynthesis works</source>
        <translation>z. B. Wie Photosynthese funktioniert</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Who it is for and what it should cover, e.g. &quot;For high-school students: light reactions, the Calvin cycle, why leaves are green.&quot;</source>
        <translation>Für wen es gedacht ist und was es behandeln soll, z. B. &quot;Für Oberstufenschüler: Lichtreaktionen, der Calvin-Zyklus, warum Blätter grün sind.&quot;</translation>
    </message>
    <message>
        <source>Low (faster)</source>
        <translation>Niedrig (schneller)</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High (slower)</source>
        <translation>Hoch (langsamer)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>&amp;Kontext:</translation>
    </message>
    <message>
        <source>&amp;Quality:</source>
        <translation>&amp;Qualität:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;riorität:</translation>
    </message>
    <message>
        <source>Who the explainer is for and what it covers; Tab moves on</source>
        <translation>Für wen das Erklärvideo ist und was es behandelt; Tab springt weiter</translation>
    </message>
    <message>
        <source>Higher quality takes longer to make</source>
        <translation>Höhere Qualität braucht länger</translation>
    </message>
    <message>
        <source>The provider starts higher-priority work first</source>
        <translation>Der Anbieter startet Aufträge mit höherer Priorität zuerst</translation>
    </message>
</context>
<context>
    <name>storyreel::NewStoryboardDialog</name>
    <message>
        <source>New Storyboard</source>
        <translation>Neues Storyboard</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Geschichte</translation>
    </message>
    <message>
        <source>The story, e.g. &quot;A hero discovers a hidden treasure in ancient ruins&quot;</source>
        <translation>Die Geschichte, z. B. &quot;Ein Held entdeckt einen verborgenen Schatz in antiken Ruinen&quot;</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>One scene per 5 seconds</source>
        <translation>Eine Szene pro 5 Sekunden</translation>
    </message>
    <message>
        <source>&amp;Story:</source>
        <translation>&amp;Geschichte:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>St&amp;yle:</source>
        <translation>&amp;Stil:</translation>
    </message>
    <message>
        <source>&amp;Aspect:</source>
        <translation>Seiten&amp;verhältnis:</translation>
    </message>
    <message>
        <source>The story to cut into scenes; Tab moves on</source>
        <translation>Die Geschichte, die in Szenen zerlegt wird; Tab springt weiter</translation>
    </message>
    <message>
        <source>How the scenes&apos; pictures look: choose one or type another</source>
        <translation>Wie die Bilder der Szenen aussehen: Wählen Sie einen Stil aus oder geben Sie einen anderen ein</translation>
    </message>
</context>
<context>
    <name>storyreel::NewVideoDialog</name>
    <message>
        <source>From &amp;text</source>
        <translation>Aus &amp;Text</translation>
    </message>
    <message>
        <source>From an &amp;image</source>
        <translation>Aus einem &amp;Bild</translation>
    </message>
    <message>
        <source>New Video</source>
        <translation>Neues Video</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>What happens in the video: subject, action, setting, camera, light…</source>
        <translation>Was im Video passiert: Motiv, Handlung, Umgebung, Kamera, Licht…</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <source>P&amp;rompt:</source>
        <translation>P&amp;rompt:</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Bild:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>&amp;Aspect:</source>
        <translation>Seiten&amp;verhältnis:</translation>
    </message>
    <message>
        <source>Re&amp;solution:</source>
        <translation>Auf&amp;lösung:</translation>
    </message>
    <message>
        <source>Choose an Image</source>
        <translation>Bild auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</translation>
    </message>
    <message>
        <source>Choose an image, or drop one onto the image area.</source>
        <translation>Wählen Sie ein Bild aus oder ziehen Sie eines auf den Bildbereich.</translation>
    </message>
    <message>
        <source>The video is made from the prompt alone</source>
        <translation>Das Video wird allein aus dem Prompt erstellt</translation>
    </message>
    <message>
        <source>The video starts from your image and follows the prompt</source>
        <translation>Das Video beginnt mit Ihrem Bild und folgt dem Prompt</translation>
    </message>
    <message>
        <source>Describe what happens; Tab moves on</source>
        <translation>Beschreiben Sie, was passiert; Tab springt weiter</translation>
    </message>
    <message>
        <source>Pick the image from a file</source>
        <translation>Das Bild aus einer Datei auswählen</translation>
    </message>
    <message>
        <source>How long the video lasts</source>
        <translation>Wie lange das Video dauert</translation>
    </message>
    <message>
        <source>The picture&apos;s height in pixels: higher costs more and takes longer</source>
        <translation>Die Bildhöhe in Pixeln: Höher kostet mehr und dauert länger</translation>
    </message>
</context>
<context>
    <name>storyreel::NoticeBar</name>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>storyreel::Notifier</name>
    <message>
        <source>Job %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <source>Job failed</source>
        <translation>Auftrag fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Job finished</source>
        <translation>Auftrag fertig</translation>
    </message>
    <message>
        <source>Batch finished: %1 succeeded, %2 failed</source>
        <translation>Stapel abgeschlossen: %1 fertig, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>, %1 cancelled</source>
        <translation>, %1 abgebrochen</translation>
    </message>
    <message>
        <source>Batch finished with failures</source>
        <translation>Stapel mit Fehlern abgeschlossen</translation>
    </message>
    <message>
        <source>Batch finished</source>
        <translation>Stapel abgeschlossen</translation>
    </message>
    <message>
        <source>Storyreel Studio</source>
        <translation>Storyreel Studio</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <source>Notification text</source>
        <translation>Benachrichtigungstext</translation>
    </message>
    <message>
        <source>Dismiss notification</source>
        <translation>Benachrichtigung schließen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>storyreel::OfflineQueue</name>
    <message>
        <source>Dismissed: %1</source>
        <translation>Verworfen: %1</translation>
    </message>
    <message>
        <source>There is no conflict %1 to dismiss.</source>
        <translation>Es gibt keinen Konflikt %1 zum Verwerfen.</translation>
    </message>
</context>
<context>
    <name>storyreel::OutputChip</name>
    <message>
        <source>Rendered video</source>
        <translation>Gerendertes Video</translation>
    </message>
    <message>
        <source>%1 export</source>
        <translation>%1-Export</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>render first</source>
        <translation>zuerst rendern</translation>
    </message>
    <message>
        <source>making… %1 %</source>
        <translation>wird erstellt… %1 %</translation>
    </message>
    <message>
        <source>ready: drag out</source>
        <translation>fertig: ziehen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>press to make</source>
        <translation>zum Erstellen klicken</translation>
    </message>
    <message>
        <source>Render the storyboard first.</source>
        <translation>Rendern Sie zuerst das Storyboard.</translation>
    </message>
    <message>
        <source>Press (or Space) to make this export; drag it out once it is ready.</source>
        <translation>Klicken Sie (oder drücken Sie die Leertaste), um diesen Export zu erstellen; ziehen Sie ihn heraus, sobald er fertig ist.</translation>
    </message>
    <message>
        <source>Drag into a file manager or another application, or copy it with Ctrl+C: %1</source>
        <translation>In einen Dateimanager oder eine andere Anwendung ziehen oder mit Strg+C kopieren: %1</translation>
    </message>
</context>
<context>
    <name>storyreel::PartialFile</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot flush %1 to disk: %2</source>
        <translation>%1 kann nicht auf den Datenträger geschrieben werden: %2</translation>
    </message>
    <message>
        <source>nothing was written to %1</source>
        <translation>nach %1 wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>cannot move the finished file to %1: %2</source>
        <translation>die fertige Datei kann nicht nach %1 verschoben werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>storyreel::PendingOpStore</name>
    <message>
        <source>queue operation &quot;%1&quot;</source>
        <translation>Operation &quot;%1&quot; in die Warteschlange stellen</translation>
    </message>
    <message>
        <source>load pending operations</source>
        <translation>ausstehende Operationen laden</translation>
    </message>
    <message>
        <source>mark operation %1 done</source>
        <translation>Operation %1 als fertig markieren</translation>
    </message>
    <message>
        <source>mark operation %1 in conflict</source>
        <translation>Operation %1 als Konflikt markieren</translation>
    </message>
    <message>
        <source>mark operation %1 failed</source>
        <translation>Operation %1 als fehlgeschlagen markieren</translation>
    </message>
    <message>
        <source>list operations</source>
        <translation>Operationen auflisten</translation>
    </message>
</context>
<context>
    <name>storyreel::PlayerControls</name>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Play (Space, L) · Pause (Space, K)</source>
        <translation>Abspielen (Leertaste, L) · Pause (Leertaste, K)</translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation>Vorheriges Bild</translation>
    </message>
    <message>
        <source>One frame back (Left while paused)</source>
        <translation>Ein Bild zurück (Links bei angehaltener Wiedergabe)</translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation>Nächstes Bild</translation>
    </message>
    <message>
        <source>One frame forward (Right while paused)</source>
        <translation>Ein Bild vor (Rechts bei angehaltener Wiedergabe)</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <source>Loop: play the video again from the start at its end</source>
        <translation>Schleife: Video am Ende erneut von vorn abspielen</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Full screen (F or double-click; Esc leaves)</source>
        <translation>Vollbild (F oder Doppelklick; Esc beendet)</translation>
    </message>
    <message>
        <source>Playback position</source>
        <translation>Wiedergabeposition</translation>
    </message>
    <message>
        <source>Drag to scrub (Left/Right: frame or 5 s, Shift: 1 s, Home/End)</source>
        <translation>Ziehen zum Spulen (Links/Rechts: Bild oder 5 s, Umschalt: 1 s, Pos1/Ende)</translation>
    </message>
    <message>
        <source>Current time</source>
        <translation>Aktuelle Zeit</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Wiedergabegeschwindigkeit</translation>
    </message>
    <message>
        <source>Playback speed (L again speeds up to 1.5× and 2×; J rewinds)</source>
        <translation>Wiedergabegeschwindigkeit (erneutes L beschleunigt auf 1,5× und 2×; J spult zurück)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Vollbild beenden</translation>
    </message>
    <message>
        <source>Leave full screen (Esc or F)</source>
        <translation>Vollbild beenden (Esc oder F)</translation>
    </message>
</context>
<context>
    <name>storyreel::PlayerWidget</name>
    <message>
        <source>This video is not on this computer yet. Make it available offline to watch it here.</source>
        <translation>Dieses Video ist noch nicht auf diesem Computer. Machen Sie es offline verfügbar, um es hier anzusehen.</translation>
    </message>
    <message>
        <source>It did not finish loading.</source>
        <translation>Das Laden wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>This video could not be shown: the file looks incomplete or damaged.</source>
        <translation>Dieses Video konnte nicht angezeigt werden: Die Datei scheint unvollständig oder beschädigt zu sein.</translation>
    </message>
    <message>
        <source>This video cannot be played: the file is damaged or not a video this computer can decode.</source>
        <translation>Dieses Video kann nicht abgespielt werden: Die Datei ist beschädigt oder kein Video, das dieser Computer dekodieren kann.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>This video cannot be played: %1</source>
        <translation>Dieses Video kann nicht abgespielt werden: %1</translation>
    </message>
    <message>
        <source>Video player, full screen</source>
        <translation>Videoplayer, Vollbild</translation>
    </message>
    <message>
        <source>Video player</source>
        <translation>Videoplayer</translation>
    </message>
    <message>
        <source>Space play/pause · J/K/L rewind, pause, play faster · Left/Right frame (5 s while playing) · Shift+Left/Right 1 s · Home/End · F full screen</source>
        <translation>Leertaste Abspielen/Pause · J/K/L zurückspulen, Pause, schneller abspielen · Links/Rechts Bild (5 s bei Wiedergabe) · Umschalt+Links/Rechts 1 s · Pos1/Ende · F Vollbild</translation>
    </message>
    <message>
        <source>Video picture</source>
        <translation>Videobild</translation>
    </message>
</context>
<context>
    <name>storyreel::PosterView</name>
    <message>
        <source>Shown in place of the picture</source>
        <translation>Wird anstelle des Bildes angezeigt</translation>
    </message>
</context>
<context>
    <name>storyreel::Probe</name>
    <message>
        <source>%1 is not a video or audio file FFmpeg can read</source>
        <translation>%1 ist keine Video- oder Audiodatei, die FFmpeg lesen kann</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>out of memory reading %1</source>
        <translation>zu wenig Arbeitsspeicher beim Lesen von %1</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is a folder, not a media file</source>
        <translation>%1 ist ein Ordner, keine Mediendatei</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes)</source>
        <translation>%1 ist leer (0 Bytes)</translation>
    </message>
    <message>
        <source>%1 has %2 streams, more than the %3 allowed</source>
        <translation>%1 hat %2 Streams, mehr als die erlaubten %3</translation>
    </message>
    <message>
        <source>%1 has %2x%3 frames, more than the %4 pixels allowed</source>
        <translation>%1 hat Bilder mit %2x%3 Pixeln, mehr als die erlaubten %4 Pixel</translation>
    </message>
    <message>
        <source>%1 is truncated: it ends at byte %2 but its index points to byte %3</source>
        <translation>%1 ist abgeschnitten: Die Datei endet bei Byte %2, aber ihr Index verweist auf Byte %3</translation>
    </message>
    <message>
        <source>cannot read the streams of %1</source>
        <translation>die Streams von %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cancelled while reading %1</source>
        <translation>beim Lesen von %1 abgebrochen</translation>
    </message>
    <message>
        <source>%1 could not be read within %2 ms (timed out)</source>
        <translation>%1 konnte nicht innerhalb von %2 ms gelesen werden (Zeitüberschreitung)</translation>
    </message>
    <message>
        <source>out of memory opening %1</source>
        <translation>zu wenig Arbeitsspeicher beim Öffnen von %1</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>probing</source>
        <translation>wird geprüft</translation>
    </message>
</context>
<context>
    <name>storyreel::ProviderHub</name>
    <message>
        <source>&quot;%1&quot; is the local provider: its jobs run on this computer.</source>
        <translation>&quot;%1&quot; ist der lokale Anbieter: Seine Aufträge laufen auf diesem Computer.</translation>
    </message>
    <message>
        <source>No token is stored for &quot;%1&quot;. Add it in Settings › Accounts.</source>
        <translation>Für &quot;%1&quot; ist kein Token gespeichert. Fügen Sie es unter Einstellungen › Konten hinzu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses a dialect this version cannot speak.</source>
        <translation>&quot;%1&quot; verwendet einen Dialekt, den diese Version nicht beherrscht.</translation>
    </message>
    <message>
        <source>The local provider needs no connection.</source>
        <translation>Der lokale Anbieter benötigt keine Verbindung.</translation>
    </message>
</context>
<context>
    <name>storyreel::ProviderText</name>
    <message>
        <source>Local provider (drafts on this computer)</source>
        <translation>Lokaler Anbieter (Entwürfe auf diesem Computer)</translation>
    </message>
    <message>
        <source>AI Studio (aistudio)</source>
        <translation>AI Studio (aistudio)</translation>
    </message>
    <message>
        <source>Async Videos (asyncvideos)</source>
        <translation>Async Videos (asyncvideos)</translation>
    </message>
    <message>
        <source>Storyboard Studio (storyboard)</source>
        <translation>Storyboard Studio (storyboard)</translation>
    </message>
    <message>
        <source>Text-to-Media explainers (t2m)</source>
        <translation>Text-to-Media-Erklärvideos (t2m)</translation>
    </message>
    <message>
        <source>Estimated cost: not published by the provider</source>
        <translation>Geschätzte Kosten: vom Anbieter nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Free: drafted on this computer</source>
        <translation>Kostenlos: auf diesem Computer entworfen</translation>
    </message>
    <message>
        <source>Estimated cost: %1</source>
        <translation>Geschätzte Kosten: %1</translation>
    </message>
    <message>
        <source>Balance unknown</source>
        <translation>Guthaben unbekannt</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Guthaben: %1</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Token stored</source>
        <translation>Token gespeichert</translation>
    </message>
    <message>
        <source>No token</source>
        <translation>Kein Token</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>Keychain error</source>
        <translation>Schlüsselbund-Fehler</translation>
    </message>
</context>
<context>
    <name>storyreel::RefineDialog</name>
    <message>
        <source>Refine Scene %1</source>
        <translation>Szene %1 überarbeiten</translation>
    </message>
    <message>
        <source>%1 of %2 refinements left for this storyboard. A refinement draws a new image and resets the approval.</source>
        <translation>%1 von %2 Überarbeitungen für dieses Storyboard übrig. Eine Überarbeitung erzeugt ein neues Bild und setzt die Freigabe zurück.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Refinement limit reached.&lt;/b&gt; This storyboard has used all %1 refinements. Edit the scene&apos;s prompt and description directly instead.</source>
        <translation>&lt;b&gt;Überarbeitungslimit erreicht.&lt;/b&gt; Dieses Storyboard hat alle %1 Überarbeitungen verbraucht. Bearbeiten Sie stattdessen Prompt und Beschreibung der Szene direkt.</translation>
    </message>
    <message>
        <source>Refine</source>
        <translation>Überarbeiten</translation>
    </message>
    <message>
        <source>New image &amp;prompt</source>
        <translation>Neuer Bild-&amp;Prompt</translation>
    </message>
    <message>
        <source>New &amp;description</source>
        <translation>Neue &amp;Beschreibung</translation>
    </message>
    <message>
        <source>What the new picture shows; it cannot be empty</source>
        <translation>Was das neue Bild zeigt; darf nicht leer sein</translation>
    </message>
    <message>
        <source>What happens in the scene, if that changes too</source>
        <translation>Was in der Szene passiert, falls sich das ebenfalls ändert</translation>
    </message>
    <message>
        <source>Draw the scene again from the new prompt</source>
        <translation>Die Szene anhand des neuen Prompts neu zeichnen</translation>
    </message>
</context>
<context>
    <name>storyreel::RemoteJob</name>
    <message>
        <source>The video to download is no longer in the library: %1</source>
        <translation>Das herunterzuladende Video ist nicht mehr in der Bibliothek: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a video of this account, so there is nothing to download from it.</source>
        <translation>&quot;%1&quot; ist kein Video dieses Kontos, daher gibt es dort nichts herunterzuladen.</translation>
    </message>
    <message>
        <source>The look &quot;%1&quot; does not belong to this account, so its provider cannot make a video for it.</source>
        <translation>Der Look &quot;%1&quot; gehört nicht zu diesem Konto, daher kann sein Anbieter kein Video dafür erstellen.</translation>
    </message>
    <message>
        <source>The provider no longer knows this job (it may have expired): %1</source>
        <translation>Der Anbieter kennt diesen Auftrag nicht mehr (er ist möglicherweise abgelaufen): %1</translation>
    </message>
    <message>
        <source>The provider could not make it.</source>
        <translation>Der Anbieter konnte es nicht erstellen.</translation>
    </message>
    <message>
        <source>The provider could not make it: %1</source>
        <translation>Der Anbieter konnte es nicht erstellen: %1</translation>
    </message>
    <message>
        <source>cancelled at the provider</source>
        <translation>beim Anbieter abgebrochen</translation>
    </message>
    <message>
        <source>The result could not be downloaded: %1</source>
        <translation>Das Ergebnis konnte nicht heruntergeladen werden: %1</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>wird verbunden</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>resuming</source>
        <translation>wird fortgesetzt</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>queued at the provider</source>
        <translation>beim Anbieter in Warteschlange</translation>
    </message>
    <message>
        <source>waiting at the provider</source>
        <translation>wartet beim Anbieter</translation>
    </message>
    <message>
        <source>generating</source>
        <translation>wird generiert</translation>
    </message>
    <message>
        <source>fetching the result</source>
        <translation>Ergebnis wird abgerufen</translation>
    </message>
    <message>
        <source>download the result</source>
        <translation>das Ergebnis herunterladen</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>wird heruntergeladen</translation>
    </message>
    <message>
        <source>checking the result</source>
        <translation>Ergebnis wird geprüft</translation>
    </message>
    <message>
        <source>cancelling</source>
        <translation>wird abgebrochen</translation>
    </message>
</context>
<context>
    <name>storyreel::RenderCommand</name>
    <message>
        <source>Render &quot;%1&quot;</source>
        <translation>&quot;%1&quot; rendern</translation>
    </message>
    <message>
        <source>Render a storyboard (a catalog id or title, or a .storyreel file) to an MP4 video.
A .storyreel file is first imported into the catalog as a new storyboard (kept, so the render shows in the job history like any other); its id is printed.</source>
        <translation>Rendert ein Storyboard (eine Katalog-ID oder einen Titel oder eine .storyreel-Datei) als MP4-Video.
Eine .storyreel-Datei wird zuerst als neues Storyboard in den Katalog importiert (und behalten, damit das Rendering wie jedes andere im Auftragsverlauf erscheint); seine ID wird ausgegeben.</translation>
    </message>
    <message>
        <source>Catalog id or title of the storyboard, or a .storyreel file.</source>
        <translation>Katalog-ID oder Titel des Storyboards oder eine .storyreel-Datei.</translation>
    </message>
    <message>
        <source>Write the video to FILE.</source>
        <translation>Das Video in FILE schreiben.</translation>
    </message>
    <message>
        <source>16:9, 9:16 or 1:1 (default: the storyboard&apos;s).</source>
        <translation>16:9, 9:16 oder 1:1 (Standard: das des Storyboards).</translation>
    </message>
    <message>
        <source>low (480p), medium (720p) or high (1080p, default).</source>
        <translation>low (480p), medium (720p) oder high (1080p, Standard).</translation>
    </message>
    <message>
        <source>Show stills without the gentle zoom and drift.</source>
        <translation>Standbilder ohne sanften Zoom und Schwenk anzeigen.</translation>
    </message>
    <message>
        <source>Burn in each scene&apos;s description as a caption.</source>
        <translation>Die Beschreibung jeder Szene als Untertitel einbrennen.</translation>
    </message>
    <message>
        <source>Crossfade length in seconds (default 1, 0 for cuts).</source>
        <translation>Länge der Überblendung in Sekunden (Standard 1, 0 für harte Schnitte).</translation>
    </message>
    <message>
        <source>Mix an audio file under the video.</source>
        <translation>Eine Audiodatei unter das Video mischen.</translation>
    </message>
    <message>
        <source>-o OUT is required</source>
        <translation>-o OUT ist erforderlich</translation>
    </message>
    <message>
        <source>--aspect takes 16:9, 9:16 or 1:1</source>
        <translation>--aspect akzeptiert 16:9, 9:16 oder 1:1</translation>
    </message>
    <message>
        <source>--quality takes low, medium or high</source>
        <translation>--quality akzeptiert low, medium oder high</translation>
    </message>
    <message>
        <source>--crossfade takes seconds from 0 to 10</source>
        <translation>--crossfade akzeptiert Sekunden von 0 bis 10</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; from %2 as storyboard #%3</source>
        <translation>&quot;%1&quot; aus %2 als Storyboard #%3 importiert</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>Rendered &quot;%1&quot; (%2x%3, %4 s) to %5</source>
        <translation>&quot;%1&quot; (%2x%3, %4 s) nach %5 gerendert</translation>
    </message>
    <message>
        <source>The sample storyboard was deleted from this catalog; nothing to render.</source>
        <translation>Das Beispiel-Storyboard wurde aus diesem Katalog gelöscht; es gibt nichts zu rendern.</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Rendering &quot;%1&quot;...</source>
        <translation>&quot;%1&quot; wird gerendert...</translation>
    </message>
    <message>
        <source>The sample storyboard is rendered: %1</source>
        <translation>Das Beispiel-Storyboard ist gerendert: %1</translation>
    </message>
</context>
<context>
    <name>storyreel::RenderPlan</name>
    <message>
        <source>several storyboards are called &quot;%1&quot;; use an id: %2</source>
        <translation>mehrere Storyboards heißen &quot;%1&quot;; verwenden Sie eine ID: %2</translation>
    </message>
    <message>
        <source>no storyboard &quot;%1&quot;; the catalog has: %2</source>
        <translation>kein Storyboard &quot;%1&quot;; der Katalog enthält: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>storyreel::ResultImport</name>
    <message>
        <source>The provider finished the job but sent no video.</source>
        <translation>Der Anbieter hat den Auftrag abgeschlossen, aber kein Video gesendet.</translation>
    </message>
    <message>
        <source>The provider sent no video to download.</source>
        <translation>Der Anbieter hat kein Video zum Herunterladen gesendet.</translation>
    </message>
    <message>
        <source>The video to download is no longer in the library: %1</source>
        <translation>Das herunterzuladende Video ist nicht mehr in der Bibliothek: %1</translation>
    </message>
    <message>
        <source>The provider finished the storyboard but sent no scenes.</source>
        <translation>Der Anbieter hat das Storyboard fertiggestellt, aber keine Szenen gesendet.</translation>
    </message>
    <message>
        <source>The provider&apos;s video cannot be played: %1</source>
        <translation>Das Video des Anbieters kann nicht abgespielt werden: %1</translation>
    </message>
    <message>
        <source>The provider&apos;s video has no picture.</source>
        <translation>Das Video des Anbieters hat keine Bildspur.</translation>
    </message>
    <message>
        <source>The provider&apos;s image cannot be read: %1</source>
        <translation>Das Bild des Anbieters kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The poster frame could not be encoded.</source>
        <translation>Das Vorschaubild konnte nicht kodiert werden.</translation>
    </message>
</context>
<context>
    <name>storyreel::ReviewDialog</name>
    <message>
        <source>Review: %1</source>
        <translation>Prüfung: %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>not on this computer</source>
        <translation>nicht auf diesem Computer</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>auf diesem Computer</translation>
    </message>
    <message>
        <source>The video under review</source>
        <translation>Das zu prüfende Video</translation>
    </message>
</context>
<context>
    <name>storyreel::ReviewNoteStore</name>
    <message>
        <source>add a note to video %1</source>
        <translation>Notiz zu Video %1 hinzufügen</translation>
    </message>
    <message>
        <source>video %1 does not exist</source>
        <translation>Video %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1: the position %2 ms is before the start</source>
        <translation>%1: Die Position %2 ms liegt vor dem Anfang</translation>
    </message>
    <message>
        <source>save note %1</source>
        <translation>Notiz %1 speichern</translation>
    </message>
    <message>
        <source>delete note %1</source>
        <translation>Notiz %1 löschen</translation>
    </message>
    <message>
        <source>load notes of video %1</source>
        <translation>Notizen von Video %1 laden</translation>
    </message>
</context>
<context>
    <name>storyreel::ReviewNotesPanel</name>
    <message>
        <source>Add Note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Notiztext</translation>
    </message>
    <message>
        <source>Add Note at Playhead</source>
        <translation>Notiz an Abspielposition hinzufügen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Export Notes as CSV…</source>
        <translation>Notizen als CSV exportieren…</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Prüfnotizen</translation>
    </message>
    <message>
        <source>Type a note: the video pauses where you start</source>
        <translation>Notiz eingeben: Das Video hält dort an, wo Sie zu tippen beginnen</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>Typing pauses the video; Return or Ctrl+Return adds the note at that moment.</source>
        <translation>Beim Tippen wird das Video angehalten; Eingabe oder Strg+Eingabe fügt die Notiz an dieser Stelle hinzu.</translation>
    </message>
    <message>
        <source>Note position</source>
        <translation>Notizposition</translation>
    </message>
    <message>
        <source>Pauses and adds the note at the playhead (N; Ctrl+Return in the text field)</source>
        <translation>Hält an und fügt die Notiz an der Abspielposition hinzu (N; Strg+Eingabe im Textfeld)</translation>
    </message>
    <message>
        <source>Notes by time</source>
        <translation>Notizen nach Zeit</translation>
    </message>
    <message>
        <source>Select a note to jump there; double-click or F2 edits, Del deletes</source>
        <translation>Wählen Sie eine Notiz aus, um dorthin zu springen; Doppelklick oder F2 bearbeitet, Entf löscht</translation>
    </message>
    <message>
        <source>Edit the selected note&apos;s text (F2 or double-click)</source>
        <translation>Text der ausgewählten Notiz bearbeiten (F2 oder Doppelklick)</translation>
    </message>
    <message>
        <source>Delete the selected note (Del; Ctrl+Z brings it back)</source>
        <translation>Ausgewählte Notiz löschen (Entf; Strg+Z stellt sie wieder her)</translation>
    </message>
    <message>
        <source>Save the notes as a CSV file: time, seconds, note</source>
        <translation>Notizen als CSV-Datei speichern: Zeit, Sekunden, Notiz</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>Bei %1</translation>
    </message>
    <message>
        <source>The notes could not be loaded: %1</source>
        <translation>Die Notizen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No notes yet. Press N, or type above, to note the moment on screen.</source>
        <translation>Noch keine Notizen. Drücken Sie N oder tippen Sie oben, um den Moment auf dem Bildschirm zu notieren.</translation>
    </message>
    <message>
        <source>At %1 (paused)</source>
        <translation>Bei %1 (angehalten)</translation>
    </message>
    <message>
        <source>Type the note, then press Return.</source>
        <translation>Geben Sie die Notiz ein und drücken Sie dann Eingabe.</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>Die Notiz konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Note added at %1.</source>
        <translation>Notiz bei %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>That note no longer exists.</source>
        <translation>Diese Notiz existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Notiz gespeichert.</translation>
    </message>
    <message>
        <source>The note could not be deleted: %1</source>
        <translation>Die Notiz konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Note deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Notiz gelöscht. Rückgängig (Strg+Z) stellt sie wieder her.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n note(s) to %1.</source>
        <translation>
            <numerusform>%n Notiz nach %1 exportiert.</numerusform>
            <numerusform>%n Notizen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The notes were not exported. %1</source>
        <translation>Die Notizen wurden nicht exportiert. %1</translation>
    </message>
    <message>
        <source>%1 review notes</source>
        <translation>%1 Prüfnotizen</translation>
    </message>
    <message>
        <source>Export Notes as CSV</source>
        <translation>Notizen als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>What happened to the notes last</source>
        <translation>Was zuletzt mit den Notizen geschah</translation>
    </message>
</context>
<context>
    <name>storyreel::SampleProject</name>
    <message>
        <source>the sample project is missing from this build</source>
        <translation>das Beispielprojekt fehlt in diesem Build</translation>
    </message>
    <message>
        <source>the sample project description is broken: %1</source>
        <translation>die Beschreibung des Beispielprojekts ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>the sample image %1 cannot be read</source>
        <translation>das Beispielbild %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot encode the sample image %1</source>
        <translation>das Beispielbild %1 kann nicht kodiert werden</translation>
    </message>
    <message>
        <source>cannot create the sample project: %1</source>
        <translation>das Beispielprojekt kann nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>storyreel::SceneCardDelegate</name>
    <message>
        <source>Scene %1 · %2 s</source>
        <translation>Szene %1 · %2 s</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(keine Beschreibung)</translation>
    </message>
    <message>
        <source>No image prompt</source>
        <translation>Kein Bild-Prompt</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>Prompt: %1</translation>
    </message>
    <message>
        <source>Scene description</source>
        <translation>Szenenbeschreibung</translation>
    </message>
</context>
<context>
    <name>storyreel::SceneComposer</name>
    <message>
        <source>the image %1 cannot be read: %2</source>
        <translation>das Bild %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the image %1 does not exist</source>
        <translation>das Bild %1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot scale a %1x%2 crop</source>
        <translation>ein Ausschnitt von %1x%2 kann nicht skaliert werden</translation>
    </message>
    <message>
        <source>cannot convert a %1x%2 image</source>
        <translation>ein Bild von %1x%2 kann nicht konvertiert werden</translation>
    </message>
</context>
<context>
    <name>storyreel::SceneEditModel</name>
    <message>
        <source>%1 is not a local file</source>
        <translation>%1 ist keine lokale Datei</translation>
    </message>
    <message>
        <source>%1 is not an image</source>
        <translation>%1 ist kein Bild</translation>
    </message>
    <message>
        <source>%1 could not be added: %2</source>
        <translation>%1 konnte nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Only image files can be dropped here: %1.</source>
        <translation>Hier können nur Bilddateien abgelegt werden: %1.</translation>
    </message>
</context>
<context>
    <name>storyreel::SceneEditor</name>
    <message>
        <source>Scenes</source>
        <translation>Szenen</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Cannot open the storyboard: %1</source>
        <translation>Das Storyboard kann nicht geöffnet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n scene(s) · %1 s · %2 · %3</source>
        <translation>
            <numerusform>%n Szene · %1 s · %2 · %3</numerusform>
            <numerusform>%n Szenen · %1 s · %2 · %3</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ Approved</source>
        <translation>✔ Freigegeben</translation>
    </message>
    <message>
        <source>Edited since approval — approve again</source>
        <translation>Seit der Freigabe bearbeitet — erneut freigeben</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Nicht freigegeben</translation>
    </message>
    <message>
        <source>%1 of %2 refinements left</source>
        <translation>%1 von %2 Überarbeitungen übrig</translation>
    </message>
    <message>
        <source>No refinements left</source>
        <translation>Keine Überarbeitungen mehr übrig</translation>
    </message>
    <message>
        <source>Refine the scene&apos;s image prompt and description (%1 left)</source>
        <translation>Bild-Prompt und Beschreibung der Szene überarbeiten (%1 übrig)</translation>
    </message>
    <message>
        <source>The refinement limit is reached for this storyboard</source>
        <translation>Das Überarbeitungslimit für dieses Storyboard ist erreicht</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a scene at the end</source>
        <translation>Eine Szene am Ende hinzufügen</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Insert a scene before the current one</source>
        <translation>Eine Szene vor der aktuellen einfügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the selected scenes</source>
        <translation>Die ausgewählten Szenen duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected scenes</source>
        <translation>Die ausgewählten Szenen löschen</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the current scene earlier</source>
        <translation>Die aktuelle Szene nach vorn verschieben</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the current scene later</source>
        <translation>Die aktuelle Szene nach hinten verschieben</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Approve the storyboard for rendering; any edit resets the approval</source>
        <translation>Das Storyboard zum Rendern freigeben; jede Bearbeitung setzt die Freigabe zurück</translation>
    </message>
    <message>
        <source>Refine…</source>
        <translation>Überarbeiten…</translation>
    </message>
    <message>
        <source>Refine the current scene</source>
        <translation>Die aktuelle Szene überarbeiten</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Listenansicht</translation>
    </message>
    <message>
        <source>Show the scenes as a list instead of a contact sheet</source>
        <translation>Die Szenen als Liste statt als Kontaktbogen anzeigen</translation>
    </message>
    <message>
        <source>New scene</source>
        <translation>Neue Szene</translation>
    </message>
    <message>
        <source>Scene %1 refined. %2 of %3 refinements left.</source>
        <translation>Szene %1 überarbeitet. %2 von %3 Überarbeitungen übrig.</translation>
    </message>
    <message>
        <source>The open storyboard&apos;s title; Rename in the list changes it</source>
        <translation>Der Titel des geöffneten Storyboards; Umbenennen in der Liste ändert ihn</translation>
    </message>
    <message>
        <source>Storyboard title</source>
        <translation>Storyboard-Titel</translation>
    </message>
    <message>
        <source>The new title: Return or moving on keeps it</source>
        <translation>Der neue Titel: Eingabe oder Verlassen des Feldes übernimmt ihn</translation>
    </message>
    <message>
        <source>Scene actions</source>
        <translation>Szenenaktionen</translation>
    </message>
    <message>
        <source>The storyboard&apos;s scenes in order. Return edits the description on the card; the context menu (Menu key or Shift+F10) has every scene action, moving scenes included.</source>
        <translation>Die Szenen des Storyboards in ihrer Reihenfolge. Eingabe bearbeitet die Beschreibung auf der Karte; das Kontextmenü (Menütaste oder Umschalt+F10) enthält alle Szenenaktionen, auch das Verschieben von Szenen.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>generating</source>
        <translation>wird erzeugt</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>rendering</source>
        <translation>wird gerendert</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>storyreel::SceneForm</name>
    <message>
        <source>Apply to All</source>
        <translation>Auf alle anwenden</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Image prompt</source>
        <translation>Bild-Prompt</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Give every selected scene this duration</source>
        <translation>Allen ausgewählten Szenen diese Dauer zuweisen</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Image &amp;prompt</source>
        <translation>Bild-&amp;Prompt</translation>
    </message>
    <message>
        <source>Dura&amp;tion</source>
        <translation>Dau&amp;er</translation>
    </message>
    <message>
        <source>Select a scene to edit it</source>
        <translation>Wählen Sie eine Szene aus, um sie zu bearbeiten</translation>
    </message>
    <message>
        <source>No scenes yet: add one</source>
        <translation>Noch keine Szenen: Fügen Sie eine hinzu</translation>
    </message>
    <message>
        <source>Scene %1</source>
        <translation>Szene %1</translation>
    </message>
    <message numerus="yes">
        <source>%n scene(s) selected: set one duration for all</source>
        <translation>
            <numerusform>%n Szene ausgewählt: eine Dauer für alle festlegen</numerusform>
            <numerusform>%n Szenen ausgewählt: eine Dauer für alle festlegen</numerusform>
        </translation>
    </message>
    <message>
        <source>What happens in the scene; every change is saved and can be undone</source>
        <translation>Was in der Szene passiert; jede Änderung wird gespeichert und kann rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>What the scene&apos;s picture shows, for drawing it</source>
        <translation>Was das Bild der Szene zeigt; wird zum Zeichnen des Bildes verwendet</translation>
    </message>
    <message>
        <source>How long the scene lasts in the video, in seconds</source>
        <translation>Wie lange die Szene im Video dauert, in Sekunden</translation>
    </message>
</context>
<context>
    <name>storyreel::SceneListModel</name>
    <message>
        <source>Scene %1 · %2 s</source>
        <translation>Szene %1 · %2 s</translation>
    </message>
    <message>
        <source>Scene %1: %2
Image prompt: %3</source>
        <translation>Szene %1: %2
Bild-Prompt: %3</translation>
    </message>
    <message>
        <source>Scene %1, %2 seconds: %3</source>
        <translation>Szene %1, %2 Sekunden: %3</translation>
    </message>
</context>
<context>
    <name>storyreel::ScriptDialog</name>
    <message>
        <source>New Storyboard from Script</source>
        <translation>Neues Storyboard aus Skript</translation>
    </message>
    <message>
        <source>Untitled storyboard</source>
        <translation>Unbenanntes Storyboard</translation>
    </message>
    <message>
        <source>Paste the script here: one scene per paragraph (separated by an empty line). Each scene&apos;s duration is estimated from its word count.</source>
        <translation>Fügen Sie das Skript hier ein: eine Szene pro Absatz (getrennt durch eine Leerzeile). Die Dauer jeder Szene wird anhand ihrer Wortanzahl geschätzt.</translation>
    </message>
    <message>
        <source>Create Storyboard</source>
        <translation>Storyboard erstellen</translation>
    </message>
    <message>
        <source>Open Text File…</source>
        <translation>Textdatei öffnen…</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Script</source>
        <translation>&amp;Skript</translation>
    </message>
    <message>
        <source>Open Script</source>
        <translation>Skript öffnen</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n scene(s)</source>
        <translation>
            <numerusform>%n Szene</numerusform>
            <numerusform>%n Szenen</numerusform>
        </translation>
    </message>
    <message>
        <source>No scenes yet: paragraphs become scenes.</source>
        <translation>Noch keine Szenen: Absätze werden zu Szenen.</translation>
    </message>
    <message>
        <source>Each paragraph becomes a scene; Tab moves on</source>
        <translation>Jeder Absatz wird zu einer Szene; Tab springt weiter</translation>
    </message>
    <message>
        <source>Make the storyboard, one scene per paragraph</source>
        <translation>Das Storyboard erstellen, eine Szene pro Absatz</translation>
    </message>
    <message>
        <source>Read the script from a text file</source>
        <translation>Das Skript aus einer Textdatei lesen</translation>
    </message>
</context>
<context>
    <name>storyreel::Sha256</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
</context>
<context>
    <name>storyreel::ShareLinkDialog</name>
    <message>
        <source>Copy Share Link</source>
        <translation>Freigabelink kopieren</translation>
    </message>
    <message>
        <source>Anyone with the link can download “%1” until the link expires; it cannot be withdrawn sooner.</source>
        <translation>Jeder mit dem Link kann „%1“ herunterladen, bis der Link abläuft; er kann nicht vorher zurückgezogen werden.</translation>
    </message>
    <message>
        <source>Link expires after</source>
        <translation>Link läuft ab nach</translation>
    </message>
    <message>
        <source>1 &amp;hour</source>
        <translation>1 &amp;Stunde</translation>
    </message>
    <message>
        <source>1 &amp;day</source>
        <translation>1 &amp;Tag</translation>
    </message>
    <message>
        <source>&amp;7 days</source>
        <translation>&amp;7 Tage</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message>
        <source>The link stops working %1 after it is made</source>
        <translation>Der Link funktioniert %1 nach seiner Erstellung nicht mehr</translation>
    </message>
    <message>
        <source>Make the link and copy it to the clipboard</source>
        <translation>Den Link erstellen und in die Zwischenablage kopieren</translation>
    </message>
</context>
<context>
    <name>storyreel::ShortcutCatalog</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Storyboards</source>
        <translation>Storyboards</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Player</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>New Video…</source>
        <translation>Neues Video…</translation>
    </message>
    <message>
        <source>New Explainer…</source>
        <translation>Neues Erklärvideo…</translation>
    </message>
    <message>
        <source>New Storyboard…</source>
        <translation>Neues Storyboard…</translation>
    </message>
    <message>
        <source>New Storyboard from Script…</source>
        <translation>Neues Storyboard aus Skript…</translation>
    </message>
    <message>
        <source>Open Storyboard File…</source>
        <translation>Storyboard-Datei öffnen…</translation>
    </message>
    <message>
        <source>Save Storyboard As…</source>
        <translation>Storyboard speichern unter…</translation>
    </message>
    <message>
        <source>Import Media…</source>
        <translation>Medien importieren…</translation>
    </message>
    <message>
        <source>Open Data Folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Show Storyboards</source>
        <translation>Storyboards anzeigen</translation>
    </message>
    <message>
        <source>Show Library</source>
        <translation>Bibliothek anzeigen</translation>
    </message>
    <message>
        <source>Show Jobs</source>
        <translation>Aufträge anzeigen</translation>
    </message>
    <message>
        <source>Theme: Follow System</source>
        <translation>Design: System folgen</translation>
    </message>
    <message>
        <source>Theme: Light</source>
        <translation>Design: Hell</translation>
    </message>
    <message>
        <source>Theme: Dark</source>
        <translation>Design: Dunkel</translation>
    </message>
    <message>
        <source>Full Screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Reload Catalog</source>
        <translation>Katalog neu laden</translation>
    </message>
    <message>
        <source>Add Scene</source>
        <translation>Szene hinzufügen</translation>
    </message>
    <message>
        <source>Insert Scene</source>
        <translation>Szene einfügen</translation>
    </message>
    <message>
        <source>Duplicate Scenes</source>
        <translation>Szenen duplizieren</translation>
    </message>
    <message>
        <source>Delete Scenes</source>
        <translation>Szenen löschen</translation>
    </message>
    <message>
        <source>Move Scene Up</source>
        <translation>Szene nach oben verschieben</translation>
    </message>
    <message>
        <source>Move Scene Down</source>
        <translation>Szene nach unten verschieben</translation>
    </message>
    <message>
        <source>Approve Storyboard</source>
        <translation>Storyboard freigeben</translation>
    </message>
    <message>
        <source>Refine Scene…</source>
        <translation>Szene überarbeiten…</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Listenansicht</translation>
    </message>
    <message>
        <source>Review Video</source>
        <translation>Video prüfen</translation>
    </message>
    <message>
        <source>Set as Default</source>
        <translation>Als Standard festlegen</translation>
    </message>
    <message>
        <source>Compare Videos…</source>
        <translation>Videos vergleichen…</translation>
    </message>
    <message>
        <source>Unlink Video…</source>
        <translation>Video-Verknüpfung aufheben…</translation>
    </message>
    <message>
        <source>Link Video to the Look…</source>
        <translation>Video mit dem Look verknüpfen…</translation>
    </message>
    <message>
        <source>Generate Video for the Look…</source>
        <translation>Video für den Look erzeugen…</translation>
    </message>
    <message>
        <source>Make Available Offline</source>
        <translation>Offline verfügbar machen</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>Link Videos to a Look…</source>
        <translation>Videos mit einem Look verknüpfen…</translation>
    </message>
    <message>
        <source>Upload to Cloud</source>
        <translation>In die Cloud hochladen</translation>
    </message>
    <message>
        <source>Download from Cloud</source>
        <translation>Aus der Cloud herunterladen</translation>
    </message>
    <message>
        <source>Copy Share Link…</source>
        <translation>Freigabelink kopieren…</translation>
    </message>
    <message>
        <source>Show Job Monitor</source>
        <translation>Auftragsmonitor anzeigen</translation>
    </message>
    <message>
        <source>Cancel Jobs</source>
        <translation>Aufträge abbrechen</translation>
    </message>
    <message>
        <source>Retry Jobs</source>
        <translation>Aufträge erneut versuchen</translation>
    </message>
    <message>
        <source>Hold Jobs</source>
        <translation>Aufträge zurückhalten</translation>
    </message>
    <message>
        <source>Resume Jobs</source>
        <translation>Aufträge fortsetzen</translation>
    </message>
    <message>
        <source>Move Jobs to Front</source>
        <translation>Aufträge nach vorne verschieben</translation>
    </message>
    <message>
        <source>Move Jobs to Back</source>
        <translation>Aufträge nach hinten verschieben</translation>
    </message>
    <message>
        <source>High Priority</source>
        <translation>Hohe Priorität</translation>
    </message>
    <message>
        <source>Normal Priority</source>
        <translation>Normale Priorität</translation>
    </message>
    <message>
        <source>Low Priority</source>
        <translation>Niedrige Priorität</translation>
    </message>
    <message>
        <source>Remove Jobs</source>
        <translation>Aufträge entfernen</translation>
    </message>
    <message>
        <source>Reveal Output</source>
        <translation>Ausgabe im Ordner anzeigen</translation>
    </message>
    <message>
        <source>Open in Library</source>
        <translation>In Bibliothek öffnen</translation>
    </message>
    <message>
        <source>Play or Pause</source>
        <translation>Abspielen oder anhalten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play, then Faster</source>
        <translation>Abspielen, dann schneller</translation>
    </message>
    <message>
        <source>Rewind, then Faster</source>
        <translation>Zurückspulen, dann schneller</translation>
    </message>
    <message>
        <source>Frame Back (5 s Back While Playing)</source>
        <translation>Ein Bild zurück (bei Wiedergabe 5 s zurück)</translation>
    </message>
    <message>
        <source>Frame Forward (5 s Ahead While Playing)</source>
        <translation>Ein Bild vor (bei Wiedergabe 5 s vor)</translation>
    </message>
    <message>
        <source>1 s Back</source>
        <translation>1 s zurück</translation>
    </message>
    <message>
        <source>1 s Ahead</source>
        <translation>1 s vor</translation>
    </message>
    <message>
        <source>Go to Start</source>
        <translation>Zum Anfang</translation>
    </message>
    <message>
        <source>Go to Last Frame</source>
        <translation>Zum letzten Bild</translation>
    </message>
    <message>
        <source>Full Screen Playback</source>
        <translation>Wiedergabe im Vollbild</translation>
    </message>
    <message>
        <source>Play or Pause Both (Compare)</source>
        <translation>Beide abspielen oder anhalten (Vergleich)</translation>
    </message>
    <message>
        <source>Add Note at Playhead</source>
        <translation>Notiz an Abspielposition hinzufügen</translation>
    </message>
    <message>
        <source>Add the Typed Note</source>
        <translation>Eingegebene Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Accounts…</source>
        <translation>Konten…</translation>
    </message>
    <message>
        <source>Cloud Storage…</source>
        <translation>Cloud-Speicher…</translation>
    </message>
    <message>
        <source>Welcome to Storyreel Studio…</source>
        <translation>Willkommen bei Storyreel Studio…</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts…</source>
        <translation>Tastenkürzel…</translation>
    </message>
    <message>
        <source>About Storyreel Studio</source>
        <translation>Über Storyreel Studio</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Über Qt</translation>
    </message>
</context>
<context>
    <name>storyreel::ShortcutRegistry</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
</context>
<context>
    <name>storyreel::ShortcutsDialog</name>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Take Over</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Reset &amp;All</source>
        <translation>&amp;Alle zurücksetzen</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Type part of a command&apos;s name or a key</source>
        <translation>Geben Sie einen Teil eines Befehlsnamens oder eine Taste ein</translation>
    </message>
    <message>
        <source>Shows the commands whose name, category or key contains the text</source>
        <translation>Zeigt die Befehle, deren Name, Kategorie oder Taste den Text enthält</translation>
    </message>
    <message>
        <source>Commands and their keys</source>
        <translation>Befehle und ihre Tasten</translation>
    </message>
    <message>
        <source>Choose a command, then press its new key in the Key field below</source>
        <translation>Wählen Sie einen Befehl aus und drücken Sie dann im Tastenfeld darunter seine neue Taste</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Taste:</translation>
    </message>
    <message>
        <source>Key of the selected command</source>
        <translation>Taste des ausgewählten Befehls</translation>
    </message>
    <message>
        <source>Leave the selected command without a key</source>
        <translation>Dem ausgewählten Befehl keine Taste zuweisen</translation>
    </message>
    <message>
        <source>Give the selected command its default keys again</source>
        <translation>Dem ausgewählten Befehl wieder seine Standardtasten zuweisen</translation>
    </message>
    <message>
        <source>Give every command its default keys again</source>
        <translation>Allen Befehlen wieder ihre Standardtasten zuweisen</translation>
    </message>
    <message>
        <source>Move the key to the selected command; the other command loses it</source>
        <translation>Die Taste dem ausgewählten Befehl zuweisen; der andere Befehl verliert sie</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Changed; the default is %1</source>
        <translation>Geändert; Standard ist %1</translation>
    </message>
    <message>
        <source>The default keys</source>
        <translation>Die Standardtasten</translation>
    </message>
    <message>
        <source>Choose a command to change its keys.</source>
        <translation>Wählen Sie einen Befehl aus, um seine Tasten zu ändern.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Press a key combination to make it the key of %1</source>
        <translation>Drücken Sie eine Tastenkombination, um sie %1 zuzuweisen</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>%1 is already the key of %2, which can be active at the same time. Press another key, or Take Over to move it here.</source>
        <translation>%1 ist bereits %2 zugewiesen, und dieser Befehl kann gleichzeitig aktiv sein. Drücken Sie eine andere Taste oder Übernehmen, um sie hierher zu verschieben.</translation>
    </message>
</context>
<context>
    <name>storyreel::StorageCommands</name>
    <message>
        <source>the environment variable %1 is not set or empty</source>
        <translation>die Umgebungsvariable %1 ist nicht gesetzt oder leer</translation>
    </message>
    <message>
        <source>Access key ID: </source>
        <translation>Zugriffsschlüssel-ID: </translation>
    </message>
    <message>
        <source>Secret access key: </source>
        <translation>Geheimer Zugriffsschlüssel: </translation>
    </message>
    <message>
        <source>no keys (pipe the access key ID and the secret on two lines into stdin, or use --access-key-env and --secret-key-env)</source>
        <translation>keine Schlüssel (übergeben Sie die Zugriffsschlüssel-ID und den geheimen Schlüssel in zwei Zeilen über stdin oder verwenden Sie --access-key-env und --secret-key-env)</translation>
    </message>
    <message>
        <source>--addressing is path or virtual-hosted</source>
        <translation>--addressing akzeptiert path oder virtual-hosted</translation>
    </message>
    <message>
        <source>add needs --name, --endpoint and --bucket</source>
        <translation>add benötigt --name, --endpoint und --bucket</translation>
    </message>
    <message>
        <source>No cloud storages. Add one with: storyreel storage add --name N --endpoint URL --bucket B</source>
        <translation>Keine Cloud-Speicher. Fügen Sie einen hinzu mit: storyreel storage add --name N --endpoint URL --bucket B</translation>
    </message>
    <message>
        <source>bucket %1</source>
        <translation>Bucket %1</translation>
    </message>
    <message>
        <source>prefix %1</source>
        <translation>Präfix %1</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>no cloud storage yet (storyreel storage add ...)</source>
        <translation>noch kein Cloud-Speicher (storyreel storage add ...)</translation>
    </message>
    <message>
        <source>Cloud storages (S3, R2, MinIO and other S3-compatible buckets):
  add --name N --endpoint URL --bucket B [--region R --prefix P --addressing path|virtual-hosted --auto-upload]
      keys from --access-key-env VAR and --secret-key-env VAR, else two lines on stdin;
      they go to the system keychain
  test [NAME]     write, read back and delete a test object
  list            the storages
  remove NAME     forget a storage and its keys (the bucket is not touched)
  refresh [NAME]  add the bucket&apos;s videos this catalog does not know, as cloud-only</source>
        <translation>Cloud-Speicher (S3, R2, MinIO und andere S3-kompatible Buckets):
  add --name N --endpoint URL --bucket B [--region R --prefix P --addressing path|virtual-hosted --auto-upload]
      Schlüssel aus --access-key-env VAR und --secret-key-env VAR, sonst zwei Zeilen von stdin;
      sie kommen in den Schlüsselbund des Systems
  test [NAME]     ein Testobjekt schreiben, zurücklesen und löschen
  list            die Speicher auflisten
  remove NAME     einen Speicher und seine Schlüssel vergessen (der Bucket bleibt unberührt)
  refresh [NAME]  Videos des Buckets, die dieser Katalog nicht kennt, als reine Cloud-Videos hinzufügen</translation>
    </message>
    <message>
        <source>add, test, list, remove or refresh.</source>
        <translation>add, test, list, remove oder refresh.</translation>
    </message>
    <message>
        <source>add: the storage&apos;s name.</source>
        <translation>add: der Name des Speichers.</translation>
    </message>
    <message>
        <source>add: e.g. https://s3.eu-west-1.amazonaws.com.</source>
        <translation>add: z. B. https://s3.eu-west-1.amazonaws.com.</translation>
    </message>
    <message>
        <source>add: the SigV4 region (default us-east-1).</source>
        <translation>add: die SigV4-Region (Standard us-east-1).</translation>
    </message>
    <message>
        <source>add: the bucket.</source>
        <translation>add: der Bucket.</translation>
    </message>
    <message>
        <source>add: a folder in the bucket.</source>
        <translation>add: ein Ordner im Bucket.</translation>
    </message>
    <message>
        <source>add: path (default) or virtual-hosted.</source>
        <translation>add: path (Standard) oder virtual-hosted.</translation>
    </message>
    <message>
        <source>add: upload finished renders and exports by themselves.</source>
        <translation>add: fertige Renderings und Exporte automatisch hochladen.</translation>
    </message>
    <message>
        <source>add: the variable holding the access key ID.</source>
        <translation>add: die Variable mit der Zugriffsschlüssel-ID.</translation>
    </message>
    <message>
        <source>add: the variable holding the secret access key.</source>
        <translation>add: die Variable, die den geheimen Zugriffsschlüssel enthält.</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: %2</source>
        <translation>unbekannte Aktion &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Added storage %1 &quot;%2&quot; (bucket %3); its keys are in the system keychain.</source>
        <translation>Speicher %1 &quot;%2&quot; hinzugefügt (Bucket %3); seine Schlüssel liegen im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Removed storage &quot;%1&quot; and its keys.</source>
        <translation>Speicher &quot;%1&quot; und seine Schlüssel entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n new video(s) in &quot;%1&quot; (cloud only).</source>
        <translation>
            <numerusform>%n neues Video in &quot;%1&quot; gefunden (nur in der Cloud).</numerusform>
            <numerusform>%n neue Videos in &quot;%1&quot; gefunden (nur in der Cloud).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyreel::StorageConnector</name>
    <message>
        <source>The keychain has no access keys for storage &quot;%1&quot;: enter them in Settings › Cloud Storage.</source>
        <translation>Der Schlüsselbund enthält keine Zugriffsschlüssel für den Speicher &quot;%1&quot;: Geben Sie sie unter Einstellungen › Cloud-Speicher ein.</translation>
    </message>
    <message>
        <source>Cannot read the keys of storage &quot;%1&quot;: %2</source>
        <translation>Die Schlüssel des Speichers &quot;%1&quot; können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The keychain entry of storage &quot;%1&quot; is not readable: enter its keys again in Settings › Cloud Storage.</source>
        <translation>Der Schlüsselbundeintrag des Speichers &quot;%1&quot; ist nicht lesbar: Geben Sie die Schlüssel unter Einstellungen › Cloud-Speicher erneut ein.</translation>
    </message>
</context>
<context>
    <name>storyreel::StorageEditor</name>
    <message>
        <source>&amp;Upload finished renders and exports automatically</source>
        <translation>Fertige Renderings und Exporte automatisch &amp;hochladen</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Add Cloud Storage</source>
        <translation>Cloud-Speicher hinzufügen</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Storage name</source>
        <translation>Name des Speichers</translation>
    </message>
    <message>
        <source>e.g. Studio bucket</source>
        <translation>z. B. Studio-Bucket</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>Endpunkt-URL</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>e.g. studio-media</source>
        <translation>z. B. studio-media</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>Optional folder in the bucket, e.g. storyreel</source>
        <translation>Optionaler Ordner im Bucket, z. B. storyreel</translation>
    </message>
    <message>
        <source>Addressing style</source>
        <translation>Adressierungsart</translation>
    </message>
    <message>
        <source>Path style (MinIO, most S3-compatible servers)</source>
        <translation>Pfad-Stil (MinIO, die meisten S3-kompatiblen Server)</translation>
    </message>
    <message>
        <source>Virtual-hosted (AWS S3, Cloudflare R2)</source>
        <translation>Virtual-Hosted (AWS S3, Cloudflare R2)</translation>
    </message>
    <message>
        <source>Upload finished renders and exports automatically</source>
        <translation>Fertige Renderings und Exporte automatisch hochladen</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation>Leer lassen, um den gespeicherten Schlüssel zu behalten</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <source>e.g. AKIA…</source>
        <translation>z. B. AKIA…</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Geheimer Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>Paste the secret access key</source>
        <translation>Fügen Sie den geheimen Zugriffsschlüssel ein</translation>
    </message>
    <message>
        <source>The server only: https://s3.&lt;region&gt;.amazonaws.com,
https://&lt;account&gt;.r2.cloudflarestorage.com, or http://127.0.0.1:9000 (MinIO here).</source>
        <translation>Nur der Server: https://s3.&lt;region&gt;.amazonaws.com,
https://&lt;account&gt;.r2.cloudflarestorage.com oder http://127.0.0.1:9000 (MinIO auf diesem Rechner).</translation>
    </message>
    <message>
        <source>The keys are kept in the system keychain, never in the catalog or the settings.</source>
        <translation>Die Schlüssel werden im Schlüsselbund des Systems gespeichert, niemals im Katalog oder in den Einstellungen.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation>&amp;Endpunkt-URL:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation>&amp;Bucket:</translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation>&amp;Präfix:</translation>
    </message>
    <message>
        <source>&amp;Addressing:</source>
        <translation>&amp;Adressierung:</translation>
    </message>
    <message>
        <source>Access &amp;key ID:</source>
        <translation>&amp;Zugriffsschlüssel-ID:</translation>
    </message>
    <message>
        <source>&amp;Secret access key:</source>
        <translation>&amp;Geheimer Zugriffsschlüssel:</translation>
    </message>
    <message>
        <source>Write, read back and delete a small object in the bucket with these settings</source>
        <translation>Mit diesen Einstellungen ein kleines Objekt in den Bucket schreiben, zurücklesen und löschen</translation>
    </message>
    <message>
        <source>Enter a name for the storage.</source>
        <translation>Geben Sie einen Namen für den Speicher ein.</translation>
    </message>
    <message>
        <source>Enter the endpoint URL of the S3 server.</source>
        <translation>Geben Sie die Endpunkt-URL des S3-Servers ein.</translation>
    </message>
    <message>
        <source>The endpoint must be an http:// or https:// URL, e.g. https://s3.us-east-1.amazonaws.com.</source>
        <translation>Der Endpunkt muss eine http://- oder https://-URL sein, z. B. https://s3.us-east-1.amazonaws.com.</translation>
    </message>
    <message>
        <source>The endpoint is the server only (scheme://host[:port]); put a folder in Prefix instead.</source>
        <translation>Der Endpunkt ist nur der Server (scheme://host[:port]); geben Sie einen Ordner stattdessen unter Präfix an.</translation>
    </message>
    <message>
        <source>Enter the region (us-east-1 when the server does not care; “auto” for Cloudflare R2).</source>
        <translation>Geben Sie die Region ein (us-east-1, wenn der Server keine Region erwartet; „auto“ für Cloudflare R2).</translation>
    </message>
    <message>
        <source>Enter the bucket&apos;s name.</source>
        <translation>Geben Sie den Namen des Buckets ein.</translation>
    </message>
    <message>
        <source>A bucket name is 3 to 63 lower-case letters, digits, dots and hyphens.</source>
        <translation>Ein Bucket-Name besteht aus 3 bis 63 Kleinbuchstaben, Ziffern, Punkten und Bindestrichen.</translation>
    </message>
    <message>
        <source>The prefix cannot contain an empty folder (“//”).</source>
        <translation>Das Präfix darf keinen leeren Ordner („//“) enthalten.</translation>
    </message>
    <message>
        <source>Enter the access key ID and the secret access key.</source>
        <translation>Geben Sie die Zugriffsschlüssel-ID und den geheimen Zugriffsschlüssel ein.</translation>
    </message>
    <message>
        <source>Enter both keys, or leave both empty to keep the stored ones.</source>
        <translation>Geben Sie beide Schlüssel ein oder lassen Sie beide leer, um die gespeicherten zu behalten.</translation>
    </message>
    <message>
        <source>Testing “%1” at %2…</source>
        <translation>„%1“ wird unter %2 getestet…</translation>
    </message>
    <message>
        <source>Connected: the studio can write, read and delete in “%1”.</source>
        <translation>Verbunden: Das Studio kann in „%1“ schreiben, lesen und löschen.</translation>
    </message>
    <message>
        <source>The test failed without a reason from the server.</source>
        <translation>Der Test ist fehlgeschlagen, ohne dass der Server einen Grund angegeben hat.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>How the bucket&apos;s name goes into the address: in the path or in the host name</source>
        <translation>Wie der Name des Buckets in die Adresse eingeht: im Pfad oder im Hostnamen</translation>
    </message>
    <message>
        <source>Each render or export that finishes goes up to this storage by itself</source>
        <translation>Jedes fertige Rendering und jeder fertige Export wird automatisch in diesen Speicher hochgeladen</translation>
    </message>
    <message>
        <source>Keep the storage; the keys go to the system keychain</source>
        <translation>Speicher übernehmen; die Schlüssel kommen in den Schlüsselbund des Systems</translation>
    </message>
</context>
<context>
    <name>storyreel::StorageStore</name>
    <message>
        <source>cannot add storage: %1</source>
        <translation>Speicher kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>add storage &quot;%1&quot;</source>
        <translation>Speicher &quot;%1&quot; hinzufügen</translation>
    </message>
    <message>
        <source>update storage %1</source>
        <translation>Speicher %1 aktualisieren</translation>
    </message>
    <message>
        <source>cannot remove storage: %1</source>
        <translation>Speicher kann nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>remove storage %1</source>
        <translation>Speicher %1 entfernen</translation>
    </message>
    <message>
        <source>choose the default storage</source>
        <translation>Standardspeicher festlegen</translation>
    </message>
    <message>
        <source>load storage %1</source>
        <translation>Speicher %1 laden</translation>
    </message>
    <message>
        <source>storage %1 does not exist</source>
        <translation>Speicher %1 existiert nicht</translation>
    </message>
    <message>
        <source>find storage &quot;%1&quot;</source>
        <translation>Speicher &quot;%1&quot; suchen</translation>
    </message>
    <message>
        <source>no storage is called &quot;%1&quot;</source>
        <translation>es gibt keinen Speicher namens &quot;%1&quot;</translation>
    </message>
    <message>
        <source>list storages</source>
        <translation>Speicher auflisten</translation>
    </message>
    <message>
        <source>load the default storage</source>
        <translation>Standardspeicher laden</translation>
    </message>
    <message>
        <source>cannot choose the default storage: %1</source>
        <translation>Standardspeicher kann nicht festgelegt werden: %1</translation>
    </message>
    <message>
        <source>make storage %1 the default</source>
        <translation>Speicher %1 als Standard festlegen</translation>
    </message>
</context>
<context>
    <name>storyreel::StoragesDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Make &amp;Default</source>
        <translation>Als &amp;Standard festlegen</translation>
    </message>
    <message>
        <source>Cloud Storage</source>
        <translation>Cloud-Speicher</translation>
    </message>
    <message>
        <source>S3-compatible buckets (AWS S3, Cloudflare R2, MinIO) the studio keeps videos, renders and exports in. Uploads go to the default storage. Keys are kept in the system keychain, never in the catalog.</source>
        <translation>S3-kompatible Buckets (AWS S3, Cloudflare R2, MinIO), in denen das Studio Videos, Renderings und Exporte ablegt. Uploads gehen an den Standardspeicher. Schlüssel werden im Schlüsselbund des Systems gespeichert, niemals im Katalog.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Cloud storages</source>
        <translation>Cloud-Speicher</translation>
    </message>
    <message>
        <source>No cloud storage yet. Add one to upload videos and share links to them.</source>
        <translation>Noch kein Cloud-Speicher. Fügen Sie einen hinzu, um Videos hochzuladen und Links darauf freizugeben.</translation>
    </message>
    <message>
        <source>Uploads, automatic ones included, go to the default storage</source>
        <translation>Uploads, auch automatische, gehen an den Standardspeicher</translation>
    </message>
    <message>
        <source>Cannot read the storages: %1</source>
        <translation>Die Speicher können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Auto-upload</source>
        <translation>Automatischer Upload</translation>
    </message>
    <message>
        <source>Finished renders and exports are uploaded here automatically</source>
        <translation>Fertige Renderings und Exporte werden automatisch hierher hochgeladen</translation>
    </message>
    <message>
        <source>That storage is gone; the list was read again.</source>
        <translation>Dieser Speicher existiert nicht mehr; die Liste wurde neu eingelesen.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Remove Cloud Storage</source>
        <translation>Cloud-Speicher entfernen</translation>
    </message>
    <message>
        <source>Remove the storage “%1”?</source>
        <translation>Den Speicher „%1“ entfernen?</translation>
    </message>
    <message>
        <source>Its keys are deleted from the keychain. The bucket and everything in it stay as they are; the studio forgets which of its videos are there, and videos kept only in the cloud can no longer be downloaded from here.</source>
        <translation>Seine Schlüssel werden aus dem Schlüsselbund gelöscht. Der Bucket und sein gesamter Inhalt bleiben unverändert; das Studio vergisst, welche seiner Videos dort liegen, und Videos, die nur in der Cloud liegen, können von hier aus nicht mehr heruntergeladen werden.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Removing “%1”…</source>
        <translation>„%1“ wird entfernt…</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>„%1“ entfernt.</translation>
    </message>
    <message>
        <source>“%1” is the default storage: uploads go there now.</source>
        <translation>„%1“ ist der Standardspeicher: Uploads gehen jetzt dorthin.</translation>
    </message>
    <message>
        <source>Add an S3-compatible bucket, with its keys</source>
        <translation>Einen S3-kompatiblen Bucket mit seinen Schlüsseln hinzufügen</translation>
    </message>
    <message>
        <source>Change the selected storage&apos;s settings or keys</source>
        <translation>Einstellungen oder Schlüssel des ausgewählten Speichers ändern</translation>
    </message>
    <message>
        <source>Remove the selected storage and its keys from this computer (the bucket stays)</source>
        <translation>Den ausgewählten Speicher und seine Schlüssel von diesem Computer entfernen (der Bucket bleibt erhalten)</translation>
    </message>
</context>
<context>
    <name>storyreel::StoryboardActions</name>
    <message>
        <source>The storyboard has no scenes to render.</source>
        <translation>Das Storyboard hat keine Szenen zum Rendern.</translation>
    </message>
    <message>
        <source>Approve the storyboard first: it renders only once approved, and any edit resets the approval.</source>
        <translation>Geben Sie das Storyboard zuerst frei: Es wird erst nach der Freigabe gerendert, und jede Bearbeitung setzt die Freigabe zurück.</translation>
    </message>
    <message>
        <source>This storyboard lives on a provider account, which is not available here.</source>
        <translation>Dieses Storyboard liegt in einem Anbieterkonto, das hier nicht verfügbar ist.</translation>
    </message>
    <message>
        <source>The provider is already rendering this storyboard.</source>
        <translation>Der Anbieter rendert dieses Storyboard bereits.</translation>
    </message>
    <message>
        <source>Render %1 (v%2)</source>
        <translation>%1 rendern (v%2)</translation>
    </message>
    <message>
        <source>Export %1 (%2)</source>
        <translation>%1 exportieren (%2)</translation>
    </message>
    <message>
        <source>Bundles are rendered locally; this storyboard is on a provider account: render it there, then export its video.</source>
        <translation>Pakete werden lokal gerendert; dieses Storyboard liegt in einem Anbieterkonto: Rendern Sie es dort und exportieren Sie dann sein Video.</translation>
    </message>
    <message>
        <source>The bundle has no destinations.</source>
        <translation>Das Paket hat keine Ziele.</translation>
    </message>
    <message>
        <source>Render %1 (v%2, %3)</source>
        <translation>%1 rendern (v%2, %3)</translation>
    </message>
    <message>
        <source>The export did not finish.</source>
        <translation>Der Export wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Maximum refinement limit (5) reached for this job</source>
        <translation>Maximale Anzahl an Überarbeitungen (5) für diesen Auftrag erreicht</translation>
    </message>
    <message>
        <source>There is no scene %1.</source>
        <translation>Es gibt keine Szene %1.</translation>
    </message>
    <message>
        <source>Give a new image prompt or a new description.</source>
        <translation>Geben Sie einen neuen Bild-Prompt oder eine neue Beschreibung an.</translation>
    </message>
    <message>
        <source>The storyboard&apos;s account is not a storyboard provider.</source>
        <translation>Das Konto des Storyboards ist kein Storyboard-Anbieter.</translation>
    </message>
    <message>
        <source>approving</source>
        <translation>wird freigegeben</translation>
    </message>
    <message>
        <source>The provider went away.</source>
        <translation>Der Anbieter ist nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>rendering</source>
        <translation>wird gerendert</translation>
    </message>
    <message>
        <source>The provider did not render the video.</source>
        <translation>Der Anbieter hat das Video nicht gerendert.</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>wird heruntergeladen</translation>
    </message>
    <message>
        <source>The provider sent no video.</source>
        <translation>Der Anbieter hat kein Video gesendet.</translation>
    </message>
    <message>
        <source>The video could not be saved.</source>
        <translation>Das Video konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Render %1 (v%2, by the provider)</source>
        <translation>%1 rendern (v%2, durch den Anbieter)</translation>
    </message>
    <message>
        <source>Unknown export preset %1 / %2: choose mp4, webm or mov and low, medium or high.</source>
        <translation>Unbekannte Export-Voreinstellung %1 / %2: Wählen Sie mp4, webm oder mov und low, medium oder high.</translation>
    </message>
    <message>
        <source>download the refined scene image</source>
        <translation>das überarbeitete Szenenbild herunterladen</translation>
    </message>
    <message>
        <source>download the rendered video</source>
        <translation>das gerenderte Video herunterladen</translation>
    </message>
</context>
<context>
    <name>storyreel::StoryboardClient</name>
    <message>
        <source>check the storyboard account</source>
        <translation>das Storyboard-Konto prüfen</translation>
    </message>
    <message>
        <source>Connected as %1</source>
        <translation>Verbunden als %1</translation>
    </message>
    <message>
        <source>The storyboard service only makes storyboards, not %1.</source>
        <translation>Der Storyboard-Dienst erstellt nur Storyboards, nicht %1.</translation>
    </message>
    <message>
        <source>A storyboard needs a prompt.</source>
        <translation>Ein Storyboard benötigt einen Prompt.</translation>
    </message>
    <message>
        <source>A storyboard needs a duration in seconds.</source>
        <translation>Ein Storyboard benötigt eine Dauer in Sekunden.</translation>
    </message>
    <message>
        <source>create a storyboard</source>
        <translation>ein Storyboard erstellen</translation>
    </message>
    <message>
        <source>Insufficient funds: the account has %1 and this storyboard costs %2.</source>
        <translation>Nicht genügend Guthaben: Das Konto hat %1 und dieses Storyboard kostet %2.</translation>
    </message>
    <message>
        <source>&apos;job_id&apos; is not a whole number</source>
        <translation>&apos;job_id&apos; ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>check storyboard job %1</source>
        <translation>Storyboard-Auftrag %1 prüfen</translation>
    </message>
    <message>
        <source>The storyboard account was closed while polling.</source>
        <translation>Das Storyboard-Konto wurde während der Abfrage geschlossen.</translation>
    </message>
    <message>
        <source>cancel storyboard job %1</source>
        <translation>Storyboard-Auftrag %1 abbrechen</translation>
    </message>
    <message>
        <source>fetch storyboard job %1</source>
        <translation>Storyboard-Auftrag %1 abrufen</translation>
    </message>
    <message>
        <source>Storyboard job %1 has no storyboard yet (status: %2).</source>
        <translation>Storyboard-Auftrag %1 hat noch kein Storyboard (Status: %2).</translation>
    </message>
    <message>
        <source>Scene numbers start at 1.</source>
        <translation>Szenennummern beginnen bei 1.</translation>
    </message>
    <message>
        <source>A refinement needs a new image prompt or a new description.</source>
        <translation>Eine Überarbeitung benötigt einen neuen Bild-Prompt oder eine neue Beschreibung.</translation>
    </message>
    <message>
        <source>refine scene %1 of storyboard job %2</source>
        <translation>Szene %1 von Storyboard-Auftrag %2 überarbeiten</translation>
    </message>
    <message>
        <source>Maximum refinement limit (%1) reached for this storyboard.</source>
        <translation>Maximale Anzahl an Überarbeitungen (%1) für dieses Storyboard erreicht.</translation>
    </message>
    <message>
        <source>The scene order is empty.</source>
        <translation>Die Szenenreihenfolge ist leer.</translation>
    </message>
    <message>
        <source>reorder storyboard job %1</source>
        <translation>Storyboard-Auftrag %1 neu anordnen</translation>
    </message>
    <message>
        <source>approve storyboard job %1</source>
        <translation>Storyboard-Auftrag %1 freigeben</translation>
    </message>
    <message>
        <source>render storyboard job %1</source>
        <translation>Storyboard-Auftrag %1 rendern</translation>
    </message>
    <message>
        <source>fetch the metadata of storyboard job %1</source>
        <translation>die Metadaten von Storyboard-Auftrag %1 abrufen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a storyboard job id (they are whole numbers).</source>
        <translation>&quot;%1&quot; ist keine Storyboard-Auftrags-ID (diese sind ganze Zahlen).</translation>
    </message>
    <message>
        <source>The storyboard service reported the job as failed without a reason.</source>
        <translation>Der Storyboard-Dienst hat den Auftrag ohne Angabe von Gründen als fehlgeschlagen gemeldet.</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos;</source>
        <translation>unbekannter Status &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a scene number</source>
        <translation>&apos;%1&apos; ist keine Szenennummer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http(s) URL</source>
        <translation>&apos;%1&apos; ist keine http(s)-URL</translation>
    </message>
</context>
<context>
    <name>storyreel::StoryboardDocument</name>
    <message>
        <source>Rename storyboard</source>
        <translation>Storyboard umbenennen</translation>
    </message>
    <message>
        <source>Edit description of scene %1</source>
        <translation>Beschreibung von Szene %1 bearbeiten</translation>
    </message>
    <message>
        <source>Edit image prompt of scene %1</source>
        <translation>Bild-Prompt von Szene %1 bearbeiten</translation>
    </message>
    <message>
        <source>Change duration of scene %1</source>
        <translation>Dauer von Szene %1 ändern</translation>
    </message>
    <message numerus="yes">
        <source>Change duration of %n scenes</source>
        <translation>
            <numerusform>Dauer von %n Szene ändern</numerusform>
            <numerusform>Dauer von %n Szenen ändern</numerusform>
        </translation>
    </message>
    <message>
        <source>Change image of scene %1</source>
        <translation>Bild von Szene %1 ändern</translation>
    </message>
    <message numerus="yes">
        <source>Add %n scene(s)</source>
        <translation>
            <numerusform>%n Szene hinzufügen</numerusform>
            <numerusform>%n Szenen hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n scene(s)</source>
        <translation>
            <numerusform>%n Szene löschen</numerusform>
            <numerusform>%n Szenen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n scene(s)</source>
        <translation>
            <numerusform>%n Szene duplizieren</numerusform>
            <numerusform>%n Szenen duplizieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n scene(s)</source>
        <translation>
            <numerusform>%n Szene verschieben</numerusform>
            <numerusform>%n Szenen verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>There is no scene %1 to refine.</source>
        <translation>Es gibt keine Szene %1, die überarbeitet werden kann.</translation>
    </message>
    <message>
        <source>This storyboard has used all %1 refinements; edit the scene by hand instead.</source>
        <translation>Dieses Storyboard hat alle %1 Überarbeitungen verbraucht; bearbeiten Sie die Szene stattdessen von Hand.</translation>
    </message>
    <message>
        <source>Refine scene %1</source>
        <translation>Szene %1 überarbeiten</translation>
    </message>
</context>
<context>
    <name>storyreel::StoryboardListModel</name>
    <message numerus="yes">
        <source>%n scene(s) · %1 s · %2</source>
        <translation>
            <numerusform>%n Szene · %1 s · %2</numerusform>
            <numerusform>%n Szenen · %1 s · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Storyboard %1</source>
        <translation>Storyboard %1</translation>
    </message>
</context>
<context>
    <name>storyreel::StoryboardListPane</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Storyboards</source>
        <translation>Storyboards</translation>
    </message>
    <message>
        <source>Search storyboards</source>
        <translation>Storyboards durchsuchen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Cannot read the storyboards: %1</source>
        <translation>Die Storyboards können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Untitled storyboard</source>
        <translation>Unbenanntes Storyboard</translation>
    </message>
    <message>
        <source>New scene</source>
        <translation>Neue Szene</translation>
    </message>
    <message>
        <source>Cannot create a storyboard: %1</source>
        <translation>Storyboard kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Cannot duplicate: %1</source>
        <translation>Duplizieren nicht möglich: %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Cannot delete: %1</source>
        <translation>Löschen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Cannot restore “%1”: %2</source>
        <translation>„%1“ kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>Show only the storyboards whose title contains this text</source>
        <translation>Nur die Storyboards anzeigen, deren Titel diesen Text enthält</translation>
    </message>
    <message>
        <source>Selecting a storyboard opens it beside the list; Return moves to its scenes</source>
        <translation>Ein ausgewähltes Storyboard wird neben der Liste geöffnet; Eingabe wechselt zu seinen Szenen</translation>
    </message>
    <message>
        <source>Create an empty storyboard with one scene, then name it</source>
        <translation>Ein leeres Storyboard mit einer Szene erstellen und dann benennen</translation>
    </message>
    <message>
        <source>Rename the selected storyboard</source>
        <translation>Das ausgewählte Storyboard umbenennen</translation>
    </message>
    <message>
        <source>Copy the selected storyboard with all its scenes</source>
        <translation>Das ausgewählte Storyboard mit allen Szenen kopieren</translation>
    </message>
    <message>
        <source>Delete the selected storyboard; Undo brings it back until the next deletion</source>
        <translation>Das ausgewählte Storyboard löschen; Rückgängig holt es bis zum nächsten Löschen zurück</translation>
    </message>
    <message>
        <source>Restore the storyboard just deleted, scenes included</source>
        <translation>Das gerade gelöschte Storyboard samt Szenen wiederherstellen</translation>
    </message>
</context>
<context>
    <name>storyreel::StoryboardOutputPanel</name>
    <message>
        <source>Render</source>
        <translation>Rendern</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <source>Upload to Cloud</source>
        <translation>In die Cloud hochladen</translation>
    </message>
    <message>
        <source>Copy Share Link…</source>
        <translation>Freigabelink kopieren…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Bundle…</source>
        <translation>Paket…</translation>
    </message>
    <message>
        <source>Rendered versions</source>
        <translation>Gerenderte Versionen</translation>
    </message>
    <message>
        <source>Plays the selected version in the studio&apos;s player</source>
        <translation>Spielt die ausgewählte Version im Player des Studios ab</translation>
    </message>
    <message>
        <source>Upload the selected version to the cloud</source>
        <translation>Ausgewählte Version in die Cloud hochladen</translation>
    </message>
    <message>
        <source>Copy a share link to the selected version</source>
        <translation>Freigabelink zur ausgewählten Version kopieren</translation>
    </message>
    <message>
        <source>Social bundle: 16:9 mp4 high, 9:16 mp4 medium, 16:9 webm low</source>
        <translation>Social-Media-Paket: 16:9 mp4 hoch, 9:16 mp4 mittel, 16:9 webm niedrig</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Drag out</source>
        <translation>Herausziehen</translation>
    </message>
    <message>
        <source>The provider&apos;s render failed: %1</source>
        <translation>Das Rendering des Anbieters ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Open a storyboard to render it.</source>
        <translation>Öffnen Sie ein Storyboard, um es zu rendern.</translation>
    </message>
    <message>
        <source>Approved: ready to render.</source>
        <translation>Freigegeben: bereit zum Rendern.</translation>
    </message>
    <message>
        <source>Approved. The latest render is listed below.</source>
        <translation>Freigegeben. Das neueste Rendering ist unten aufgeführt.</translation>
    </message>
    <message>
        <source>Add a cloud storage in Settings › Cloud Storage first</source>
        <translation>Fügen Sie zuerst unter Einstellungen › Cloud-Speicher einen Cloud-Speicher hinzu</translation>
    </message>
    <message>
        <source>Cloud storage is not available in this window</source>
        <translation>Cloud-Speicher ist in diesem Fenster nicht verfügbar</translation>
    </message>
    <message>
        <source>Upload the selected version to the default cloud storage</source>
        <translation>Ausgewählte Version in den Standard-Cloud-Speicher hochladen</translation>
    </message>
    <message>
        <source>Copy a link anyone can open until it expires</source>
        <translation>Einen Link kopieren, den jeder öffnen kann, bis er abläuft</translation>
    </message>
    <message>
        <source>Upload the version first; then a link to it can be shared</source>
        <translation>Laden Sie die Version zuerst hoch; dann kann ein Link darauf freigegeben werden</translation>
    </message>
    <message>
        <source>Add a cloud storage in Settings › Cloud Storage first.</source>
        <translation>Fügen Sie zuerst unter Einstellungen › Cloud-Speicher einen Cloud-Speicher hinzu.</translation>
    </message>
    <message>
        <source>Cannot upload %1: %2</source>
        <translation>%1 kann nicht hochgeladen werden: %2</translation>
    </message>
    <message>
        <source>%1 is in the cloud already.</source>
        <translation>%1 ist bereits in der Cloud.</translation>
    </message>
    <message>
        <source>Uploading %1 to the cloud (job %2; see Jobs).</source>
        <translation>%1 wird in die Cloud hochgeladen (Auftrag %2; siehe Aufträge).</translation>
    </message>
    <message>
        <source>Cannot make a link to %1: %2</source>
        <translation>Link zu %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Share link copied — expires %1</source>
        <translation>Freigabelink kopiert — läuft ab: %1</translation>
    </message>
    <message>
        <source>v%1 · %2 · %3</source>
        <translation>v%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 — %p%</source>
        <translation>%1 — %p%</translation>
    </message>
    <message>
        <source>rendering</source>
        <translation>wird gerendert</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in Warteschlange</translation>
    </message>
    <message>
        <source>The render waits for its turn in the queue.</source>
        <translation>Das Rendering wartet in der Warteschlange, bis es an der Reihe ist.</translation>
    </message>
    <message>
        <source>Rendering this storyboard; the new version appears below.</source>
        <translation>Dieses Storyboard wird gerendert; die neue Version erscheint unten.</translation>
    </message>
    <message>
        <source>The render failed: %1</source>
        <translation>Das Rendering ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Rendered %1</source>
        <translation>Gerendert: %1</translation>
    </message>
    <message>
        <source>Export queued: %1 %2 (see Jobs)</source>
        <translation>Export in Warteschlange: %1 %2 (siehe Aufträge)</translation>
    </message>
    <message>
        <source>Social bundle queued: %1 jobs</source>
        <translation>Social-Media-Paket in Warteschlange: %1 Aufträge</translation>
    </message>
    <message>
        <source>Newest first; Return plays the selected version</source>
        <translation>Neueste zuerst; Eingabe spielt die ausgewählte Version ab</translation>
    </message>
    <message>
        <source>Shows the selected version&apos;s file in the file manager</source>
        <translation>Zeigt die Datei der ausgewählten Version im Dateimanager</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Exportformat</translation>
    </message>
    <message>
        <source>The file type Export makes from the latest version</source>
        <translation>Der Dateityp, in den die neueste Version exportiert wird</translation>
    </message>
    <message>
        <source>Export quality</source>
        <translation>Exportqualität</translation>
    </message>
    <message>
        <source>Higher quality makes larger files</source>
        <translation>Höhere Qualität ergibt größere Dateien</translation>
    </message>
    <message>
        <source>Export the latest version in this format and quality (follow it in Jobs)</source>
        <translation>Die neueste Version in diesem Format und dieser Qualität exportieren (unter Aufträge verfolgen)</translation>
    </message>
    <message>
        <source>Render and export several sizes at once, for social media</source>
        <translation>Mehrere Größen auf einmal rendern und exportieren, für soziale Medien</translation>
    </message>
    <message>
        <source>Copied %1: paste it into a file manager or another application.</source>
        <translation>%1 kopiert: Fügen Sie es in einen Dateimanager oder eine andere Anwendung ein.</translation>
    </message>
    <message>
        <source>Render the approved storyboard into a new version</source>
        <translation>Das freigegebene Storyboard als neue Version rendern</translation>
    </message>
</context>
<context>
    <name>storyreel::StoryboardRenderer</name>
    <message>
        <source>the storyboard has no scenes to render</source>
        <translation>das Storyboard hat keine Szenen zum Rendern</translation>
    </message>
    <message>
        <source>scene %1 has no duration</source>
        <translation>Szene %1 hat keine Dauer</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>scene %1: %2</source>
        <translation>Szene %1: %2</translation>
    </message>
    <message>
        <source>out of memory for a %1x%2 frame</source>
        <translation>nicht genug Arbeitsspeicher für ein Einzelbild mit %1x%2</translation>
    </message>
    <message>
        <source>the render was cancelled</source>
        <translation>das Rendern wurde abgebrochen</translation>
    </message>
    <message>
        <source>rendering</source>
        <translation>wird gerendert</translation>
    </message>
    <message>
        <source>finishing</source>
        <translation>wird abgeschlossen</translation>
    </message>
    <message>
        <source>cannot finish %1: %2</source>
        <translation>%1 kann nicht abgeschlossen werden: %2</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
</context>
<context>
    <name>storyreel::StoryboardStore</name>
    <message>
        <source>save scenes</source>
        <translation>Szenen speichern</translation>
    </message>
    <message>
        <source>create storyboard: %1</source>
        <translation>Storyboard erstellen: %1</translation>
    </message>
    <message>
        <source>create storyboard</source>
        <translation>Storyboard erstellen</translation>
    </message>
    <message>
        <source>save storyboard: %1</source>
        <translation>Storyboard speichern: %1</translation>
    </message>
    <message>
        <source>save storyboard %1</source>
        <translation>Storyboard %1 speichern</translation>
    </message>
    <message>
        <source>delete storyboard %1</source>
        <translation>Storyboard %1 löschen</translation>
    </message>
    <message>
        <source>load storyboard</source>
        <translation>Storyboard laden</translation>
    </message>
    <message>
        <source>storyboard %1 does not exist</source>
        <translation>Storyboard %1 existiert nicht</translation>
    </message>
    <message>
        <source>list storyboards</source>
        <translation>Storyboards auflisten</translation>
    </message>
    <message>
        <source>load scenes</source>
        <translation>Szenen laden</translation>
    </message>
</context>
<context>
    <name>storyreel::StoryboardsWorkspace</name>
    <message>
        <source>No storyboards yet. Storyboards you create or generate will appear here.</source>
        <translation>Noch keine Storyboards. Storyboards, die Sie erstellen oder generieren, erscheinen hier.</translation>
    </message>
    <message>
        <source>Storyreel storyboards (*.%1)</source>
        <translation>Storyreel-Storyboards (*.%1)</translation>
    </message>
    <message>
        <source>Cannot create the storyboard: %1</source>
        <translation>Das Storyboard kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Created “%1” from the script.</source>
        <translation>„%1“ aus dem Skript erstellt.</translation>
    </message>
    <message>
        <source>Open Storyboard File</source>
        <translation>Storyboard-Datei öffnen</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Opened %1 as a new storyboard.</source>
        <translation>%1 als neues Storyboard geöffnet.</translation>
    </message>
    <message>
        <source>Open a storyboard to save it as a file.</source>
        <translation>Öffnen Sie ein Storyboard, um es als Datei zu speichern.</translation>
    </message>
    <message>
        <source>Save Storyboard As</source>
        <translation>Storyboard speichern unter</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>storyreel::Studio</name>
    <message>
        <source>Could not create the sample project: %1</source>
        <translation>Das Beispielprojekt konnte nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>storyreel::SummaryCommand</name>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>Catalog:</source>
        <translation>Katalog:</translation>
    </message>
    <message>
        <source>%1 (schema %2, SQLite %3)</source>
        <translation>%1 (Schema %2, SQLite %3)</translation>
    </message>
    <message>
        <source>Media store:</source>
        <translation>Medienspeicher:</translation>
    </message>
    <message>
        <source>Sample project:</source>
        <translation>Beispielprojekt:</translation>
    </message>
    <message>
        <source>created now</source>
        <translation>soeben erstellt</translation>
    </message>
    <message>
        <source>created earlier</source>
        <translation>früher erstellt</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Storyboards (%1)</source>
        <translation>Storyboards (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n scene(s)</source>
        <translation>
            <numerusform>%n Szene</numerusform>
            <numerusform>%n Szenen</numerusform>
        </translation>
    </message>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>Looks (%1)</source>
        <translation>Looks (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n Produkt</numerusform>
            <numerusform>%n Produkte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyreel::T2mClient</name>
    <message>
        <source>check the t2m service&apos;s health</source>
        <translation>den Zustand des t2m-Dienstes prüfen</translation>
    </message>
    <message>
        <source>The t2m service reports itself as &apos;%1&apos;.</source>
        <translation>Der t2m-Dienst meldet sich als &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The t2m account was closed during the check.</source>
        <translation>Das t2m-Konto wurde während der Prüfung geschlossen.</translation>
    </message>
    <message>
        <source>check the t2m account</source>
        <translation>das t2m-Konto prüfen</translation>
    </message>
    <message>
        <source>Connected as %1</source>
        <translation>Verbunden als %1</translation>
    </message>
    <message>
        <source>The t2m service only makes explainer videos, not %1.</source>
        <translation>Der t2m-Dienst erstellt nur Erklärvideos, nicht %1.</translation>
    </message>
    <message>
        <source>Unknown quality &apos;%1&apos; (low, medium or high).</source>
        <translation>Unbekannte Qualität &apos;%1&apos; (low, medium oder high).</translation>
    </message>
    <message>
        <source>Unknown priority &apos;%1&apos; (low, normal or high).</source>
        <translation>Unbekannte Priorität &apos;%1&apos; (low, normal oder high).</translation>
    </message>
    <message>
        <source>create an explainer video</source>
        <translation>ein Erklärvideo erstellen</translation>
    </message>
    <message>
        <source>Insufficient credits: the account has %1 and this video needs %2.</source>
        <translation>Nicht genügend Credits: Das Konto hat %1 und dieses Video benötigt %2.</translation>
    </message>
    <message>
        <source>&apos;job_id&apos; is not a job id</source>
        <translation>&apos;job_id&apos; ist keine Auftrags-ID</translation>
    </message>
    <message>
        <source>check t2m job %1</source>
        <translation>t2m-Auftrag %1 prüfen</translation>
    </message>
    <message>
        <source>The t2m account was closed while polling.</source>
        <translation>Das t2m-Konto wurde während der Abfrage geschlossen.</translation>
    </message>
    <message>
        <source>cancel t2m job %1</source>
        <translation>t2m-Auftrag %1 abbrechen</translation>
    </message>
    <message>
        <source>fetch the video of t2m job %1</source>
        <translation>das Video von t2m-Auftrag %1 abrufen</translation>
    </message>
    <message>
        <source>&apos;download_url&apos; is not an http(s) URL</source>
        <translation>&apos;download_url&apos; ist keine http(s)-URL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a t2m job id.</source>
        <translation>&quot;%1&quot; ist keine t2m-Auftrags-ID.</translation>
    </message>
    <message>
        <source>%1 credit(s)</source>
        <translation>%1 Credit(s)</translation>
    </message>
    <message>
        <source>The t2m service reported the job as failed without a reason.</source>
        <translation>Der t2m-Dienst hat den Auftrag ohne Angabe von Gründen als fehlgeschlagen gemeldet.</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos;</source>
        <translation>unbekannter Status &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>storyreel::Thumbnailer</name>
    <message>
        <source>a picture must be %1 to %2 pixels wide, not %3</source>
        <translation>ein Bild muss %1 bis %2 Pixel breit sein, nicht %3</translation>
    </message>
    <message>
        <source>probing</source>
        <translation>wird geprüft</translation>
    </message>
    <message>
        <source>%1 has no video to take a picture from</source>
        <translation>%1 enthält kein Video, aus dem ein Bild entnommen werden kann</translation>
    </message>
    <message>
        <source>%1 uses the video codec %2, which cannot be decoded here</source>
        <translation>%1 verwendet den Videocodec %2, der hier nicht dekodiert werden kann</translation>
    </message>
    <message>
        <source>out of memory decoding %1</source>
        <translation>nicht genug Arbeitsspeicher beim Dekodieren von %1</translation>
    </message>
    <message>
        <source>cannot decode the video of %1</source>
        <translation>das Video von %1 kann nicht dekodiert werden</translation>
    </message>
    <message>
        <source>seeking</source>
        <translation>Position wird gesucht</translation>
    </message>
    <message>
        <source>cannot seek in %1</source>
        <translation>in %1 kann nicht zur Position gesprungen werden</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>decoding</source>
        <translation>wird dekodiert</translation>
    </message>
    <message>
        <source>%1 has no video frame that can be decoded</source>
        <translation>%1 enthält kein dekodierbares Videobild</translation>
    </message>
    <message>
        <source>%1 has video frames in a format that cannot be converted</source>
        <translation>%1 enthält Videobilder in einem Format, das nicht konvertiert werden kann</translation>
    </message>
    <message>
        <source>cannot convert the video frames of %1</source>
        <translation>die Videobilder von %1 können nicht konvertiert werden</translation>
    </message>
    <message>
        <source>scaling</source>
        <translation>wird skaliert</translation>
    </message>
    <message>
        <source>a filmstrip has 1 to %1 frames, not %2</source>
        <translation>ein Filmstreifen hat 1 bis %1 Bilder, nicht %2</translation>
    </message>
    <message>
        <source>the length of %1 is unknown, so frames cannot be spread over it</source>
        <translation>die Länge von %1 ist unbekannt, daher können keine Bilder darüber verteilt werden</translation>
    </message>
    <message>
        <source>posters are JPEG or PNG, not %1</source>
        <translation>Vorschaubilder sind JPEG oder PNG, nicht %1</translation>
    </message>
    <message>
        <source>cannot encode the poster of %1 as %2</source>
        <translation>das Vorschaubild von %1 kann nicht als %2 kodiert werden</translation>
    </message>
    <message>
        <source>cannot create the thumbnail folder %1</source>
        <translation>der Ordner für Miniaturen %1 kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>storyreel::Transaction</name>
    <message>
        <source>cannot commit: the transaction did not begin (%1)</source>
        <translation>Commit nicht möglich: Die Transaktion wurde nicht begonnen (%1)</translation>
    </message>
    <message>
        <source>could not save to the catalog: %1</source>
        <translation>konnte nicht im Katalog gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>storyreel::TransferCommands</name>
    <message>
        <source>The bucket has this content already; nothing to upload.</source>
        <translation>Der Bucket enthält diesen Inhalt bereits; es gibt nichts hochzuladen.</translation>
    </message>
    <message>
        <source>Job %1 queued.</source>
        <translation>Auftrag %1 in die Warteschlange gestellt.</translation>
    </message>
    <message>
        <source>It runs when the studio is open; add --wait to run it here.</source>
        <translation>Er läuft, wenn das Studio geöffnet ist; fügen Sie --wait hinzu, um ihn hier auszuführen.</translation>
    </message>
    <message>
        <source>Job %1 succeeded: %2</source>
        <translation>Auftrag %1 fertig: %2</translation>
    </message>
    <message>
        <source>Job %1 succeeded</source>
        <translation>Auftrag %1 fertig</translation>
    </message>
    <message>
        <source>Upload a library video (by id) or a file to cloud storage, as a job; --wait runs it here to the end.</source>
        <translation>Ein Bibliotheksvideo (per ID) oder eine Datei als Auftrag in den Cloud-Speicher hochladen; --wait führt ihn hier bis zum Ende aus.</translation>
    </message>
    <message>
        <source>A video id or a file.</source>
        <translation>Eine Video-ID oder eine Datei.</translation>
    </message>
    <message>
        <source>The storage (default: the default storage).</source>
        <translation>Der Speicher (Standard: der Standardspeicher).</translation>
    </message>
    <message>
        <source>A file&apos;s folder under the prefix (default: files).</source>
        <translation>Der Ordner einer Datei unterhalb des Präfixes (Standard: files).</translation>
    </message>
    <message>
        <source>Multipart part size in MiB (at least 5; default 8).</source>
        <translation>Teilgröße für Multipart-Uploads in MiB (mindestens 5; Standard 8).</translation>
    </message>
    <message>
        <source>Use multipart above this size in MiB (default 16).</source>
        <translation>Multipart oberhalb dieser Größe in MiB verwenden (Standard 16).</translation>
    </message>
    <message>
        <source>Limit the upload to this many KiB/s.</source>
        <translation>Den Upload auf so viele KiB/s begrenzen.</translation>
    </message>
    <message>
        <source>Run the job here and wait until it is finished.</source>
        <translation>Den Auftrag hier ausführen und warten, bis er abgeschlossen ist.</translation>
    </message>
    <message>
        <source>%1 is neither a video id nor a file</source>
        <translation>%1 ist weder eine Video-ID noch eine Datei</translation>
    </message>
    <message>
        <source>Bring a cloud-only video back (by id), or any object with --key and --to, as a job; --wait runs it here to the end.</source>
        <translation>Ein nur in der Cloud vorhandenes Video (per ID) oder ein beliebiges Objekt mit --key und --to als Auftrag zurückholen; --wait führt ihn hier bis zum Ende aus.</translation>
    </message>
    <message>
        <source>A video id (or none with --key).</source>
        <translation>Eine Video-ID (oder keine bei --key).</translation>
    </message>
    <message>
        <source>With --key: the storage (default: the default storage).</source>
        <translation>Mit --key: der Speicher (Standard: der Standardspeicher).</translation>
    </message>
    <message>
        <source>The object&apos;s key in the bucket.</source>
        <translation>Der Schlüssel des Objekts im Bucket.</translation>
    </message>
    <message>
        <source>With --key: the file to write.</source>
        <translation>Mit --key: die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>give a video id, or --key KEY --to FILE</source>
        <translation>geben Sie eine Video-ID an oder --key KEY --to FILE</translation>
    </message>
    <message>
        <source>--key needs --to FILE</source>
        <translation>--key benötigt --to FILE</translation>
    </message>
    <message>
        <source>%1 is not a video id</source>
        <translation>%1 ist keine Video-ID</translation>
    </message>
    <message>
        <source>Print a link anyone can open to a video (by id) or file that is in the cloud; it expires (--expires 1h, 1d, 7d or seconds; default 1d).</source>
        <translation>Einen Link ausgeben, mit dem jeder ein Video (per ID) oder eine Datei in der Cloud öffnen kann; er läuft ab (--expires 1h, 1d, 7d oder Sekunden; Standard 1d).</translation>
    </message>
    <message>
        <source>How long the link works (at most 7d).</source>
        <translation>Wie lange der Link gültig ist (höchstens 7d).</translation>
    </message>
    <message>
        <source>--expires is a duration such as 3600, 90m, 12h or 7d</source>
        <translation>--expires ist eine Dauer wie 3600, 90m, 12h oder 7d</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Läuft ab: %1</translation>
    </message>
</context>
<context>
    <name>storyreel::UploadTask</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large for parts of %2 bytes (S3 allows 10,000 parts)</source>
        <translation>%1 ist zu groß für Teile von %2 Bytes (S3 erlaubt 10.000 Teile)</translation>
    </message>
    <message>
        <source>starting the upload</source>
        <translation>Upload wird gestartet</translation>
    </message>
    <message>
        <source>Cannot read part %1 of %2: %3</source>
        <translation>Teil %1 von %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>assembling the object</source>
        <translation>Objekt wird zusammengesetzt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>The upload job lacks its file, key or object</source>
        <translation>Dem Upload-Auftrag fehlt die Datei, der Schlüssel oder das Objekt</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <source>checking the file</source>
        <translation>Datei wird geprüft</translation>
    </message>
    <message>
        <source>uploading</source>
        <translation>wird hochgeladen</translation>
    </message>
    <message>
        <source>looking in the bucket</source>
        <translation>Bucket wird durchsucht</translation>
    </message>
    <message>
        <source>%1 changed while it was being uploaded</source>
        <translation>%1 wurde während des Hochladens geändert</translation>
    </message>
    <message>
        <source>checking the object</source>
        <translation>Objekt wird geprüft</translation>
    </message>
    <message>
        <source>The bucket reports a different size for %1 after the upload</source>
        <translation>Der Bucket meldet nach dem Upload eine andere Größe für %1</translation>
    </message>
    <message>
        <source>cancelling</source>
        <translation>wird abgebrochen</translation>
    </message>
</context>
<context>
    <name>storyreel::VideoFilterBar</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Sortierung</translation>
    </message>
    <message>
        <source>Search prompts and titles…</source>
        <translation>Prompts und Titel durchsuchen…</translation>
    </message>
    <message>
        <source>Search videos</source>
        <translation>Videos durchsuchen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Jede Art</translation>
    </message>
    <message>
        <source>Any look</source>
        <translation>Jeder Look</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Look</translation>
    </message>
    <message>
        <source>Only videos linked to one look</source>
        <translation>Nur Videos, die mit einem bestimmten Look verknüpft sind</translation>
    </message>
    <message>
        <source>Choose a Look…</source>
        <translation>Look auswählen…</translation>
    </message>
    <message>
        <source>Any Look</source>
        <translation>Jeder Look</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebiger Zeitraum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>Zeitraum…</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>★ Favourites</source>
        <translation>★ Favoriten</translation>
    </message>
    <message>
        <source>Favourites only</source>
        <translation>Nur Favoriten</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Available offline only</source>
        <translation>Nur offline verfügbare</translation>
    </message>
    <message>
        <source>Only videos that play with no network</source>
        <translation>Nur Videos, die ohne Netzwerk abgespielt werden können</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Longest first</source>
        <translation>Längste zuerst</translation>
    </message>
    <message>
        <source>Any provider</source>
        <translation>Jeder Anbieter</translation>
    </message>
    <message>
        <source>Made on this computer</source>
        <translation>Auf diesem Computer erstellt</translation>
    </message>
    <message>
        <source>Look: %1</source>
        <translation>Look: %1</translation>
    </message>
    <message>
        <source>Only videos in this state</source>
        <translation>Nur Videos in diesem Status</translation>
    </message>
    <message>
        <source>Only videos made this way</source>
        <translation>Nur Videos, die auf diese Weise erstellt wurden</translation>
    </message>
    <message>
        <source>Only videos made by this account, or on this computer</source>
        <translation>Nur Videos, die mit diesem Konto oder auf diesem Computer erstellt wurden</translation>
    </message>
    <message>
        <source>Only videos made in this period</source>
        <translation>Nur Videos, die in diesem Zeitraum erstellt wurden</translation>
    </message>
    <message>
        <source>The order of the list</source>
        <translation>Die Sortierung der Liste</translation>
    </message>
    <message>
        <source>The first day of the period</source>
        <translation>Der erste Tag des Zeitraums</translation>
    </message>
    <message>
        <source>The last day of the period</source>
        <translation>Der letzte Tag des Zeitraums</translation>
    </message>
    <message>
        <source>Only the videos marked as favourites</source>
        <translation>Nur die als Favoriten markierten Videos</translation>
    </message>
</context>
<context>
    <name>storyreel::VideoPickerDialog</name>
    <message>
        <source>Link a Video</source>
        <translation>Video verknüpfen</translation>
    </message>
    <message>
        <source>Search prompts and titles…</source>
        <translation>Prompts und Titel durchsuchen…</translation>
    </message>
    <message>
        <source>Search videos</source>
        <translation>Videos durchsuchen</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Videos</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <source>Return links the selected video</source>
        <translation>Eingabe verknüpft das ausgewählte Video</translation>
    </message>
    <message>
        <source>Link the selected video to the look</source>
        <translation>Das ausgewählte Video mit dem Look verknüpfen</translation>
    </message>
</context>
<context>
    <name>storyreel::VideoRowDelegate</name>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Untitled video</source>
        <translation>Unbenanntes Video</translation>
    </message>
    <message>
        <source>On this computer: plays with no network.</source>
        <translation>Auf diesem Computer: wird ohne Netzwerk abgespielt.</translation>
    </message>
    <message>
        <source>The look&apos;s default video: the storefront shows it once it is ready.</source>
        <translation>Das Standardvideo des Looks: Der Shop zeigt es, sobald es fertig ist.</translation>
    </message>
</context>
<context>
    <name>storyreel::VideoStore</name>
    <message>
        <source>look %1 does not exist</source>
        <translation>Look %1 existiert nicht</translation>
    </message>
    <message>
        <source>create video</source>
        <translation>Video erstellen</translation>
    </message>
    <message>
        <source>save video %1</source>
        <translation>Video %1 speichern</translation>
    </message>
    <message>
        <source>delete video %1</source>
        <translation>Video %1 löschen</translation>
    </message>
    <message>
        <source>load video</source>
        <translation>Video laden</translation>
    </message>
    <message>
        <source>video %1 does not exist</source>
        <translation>Video %1 existiert nicht</translation>
    </message>
    <message>
        <source>find video by remote id</source>
        <translation>Video anhand der Remote-ID suchen</translation>
    </message>
    <message>
        <source>find video by content</source>
        <translation>Video anhand des Inhalts suchen</translation>
    </message>
    <message>
        <source>list videos</source>
        <translation>Videos auflisten</translation>
    </message>
    <message>
        <source>mark video %1 as favourite</source>
        <translation>Video %1 als Favorit markieren</translation>
    </message>
    <message>
        <source>mark video %1 as not favourite</source>
        <translation>Favoritenmarkierung von Video %1 entfernen</translation>
    </message>
    <message>
        <source>%1: video %2 does not exist</source>
        <translation>%1: Video %2 existiert nicht</translation>
    </message>
    <message>
        <source>load the looks of video %1</source>
        <translation>Looks von Video %1 laden</translation>
    </message>
    <message>
        <source>link video %1 to look %2</source>
        <translation>Video %1 mit Look %2 verknüpfen</translation>
    </message>
    <message>
        <source>unlink video %1 from look %2</source>
        <translation>Verknüpfung von Video %1 mit Look %2 aufheben</translation>
    </message>
    <message>
        <source>%1: the video is not linked to that look</source>
        <translation>%1: Das Video ist nicht mit diesem Look verknüpft</translation>
    </message>
    <message>
        <source>load links of look %1</source>
        <translation>Verknüpfungen von Look %1 laden</translation>
    </message>
    <message>
        <source>load videos of look %1</source>
        <translation>Videos von Look %1 laden</translation>
    </message>
    <message>
        <source>make video %1 the default of look %2</source>
        <translation>Video %1 als Standardvideo von Look %2 festlegen</translation>
    </message>
    <message>
        <source>clear the default video of look %1: %2</source>
        <translation>Standardvideo von Look %1 entfernen: %2</translation>
    </message>
    <message>
        <source>clear the default video of look %1</source>
        <translation>Standardvideo von Look %1 entfernen</translation>
    </message>
    <message>
        <source>load the default video of look %1</source>
        <translation>Standardvideo von Look %1 laden</translation>
    </message>
    <message>
        <source>query videos</source>
        <translation>Videos abfragen</translation>
    </message>
    <message>
        <source>count videos</source>
        <translation>Videos zählen</translation>
    </message>
    <message>
        <source>%1: no result</source>
        <translation>%1: kein Ergebnis</translation>
    </message>
    <message>
        <source>query video ids</source>
        <translation>Video-IDs abfragen</translation>
    </message>
    <message>
        <source>match video %1</source>
        <translation>Video %1 abgleichen</translation>
    </message>
    <message>
        <source>load videos</source>
        <translation>Videos laden</translation>
    </message>
</context>
<context>
    <name>storyreel::VideosBrowser</name>
    <message>
        <source>All videos</source>
        <translation>Alle Videos</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Zu Favoriten hinzufügen</translation>
    </message>
    <message>
        <source>Make Available Offline</source>
        <translation>Offline verfügbar machen</translation>
    </message>
    <message>
        <source>Link to Look…</source>
        <translation>Mit Look verknüpfen…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Cannot read the videos: %1</source>
        <translation>Die Videos können nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n Video</numerusform>
            <numerusform>%n Videos</numerusform>
        </translation>
    </message>
    <message>
        <source>No video matches these filters.</source>
        <translation>Kein Video entspricht diesen Filtern.</translation>
    </message>
    <message>
        <source>No videos yet. Generate one, render a storyboard, or drop video files here to import them.</source>
        <translation>Noch keine Videos. Generieren Sie eines, rendern Sie ein Storyboard oder legen Sie Videodateien hier ab, um sie zu importieren.</translation>
    </message>
    <message>
        <source>Unfavourite</source>
        <translation>Aus Favoriten entfernen</translation>
    </message>
    <message>
        <source>Return reviews the selected video; the context menu (Menu key or Shift+F10) has every action</source>
        <translation>Eingabe prüft das ausgewählte Video; das Kontextmenü (Menütaste oder Umschalt+F10) enthält alle Aktionen</translation>
    </message>
</context>
<context>
    <name>storyreel::WelcomeDialog</name>
    <message>
        <source>Add a &amp;Provider Account…</source>
        <translation>&amp;Anbieterkonto hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Open the Sample Project</source>
        <translation>&amp;Beispielprojekt öffnen</translation>
    </message>
    <message>
        <source>&amp;Show this at startup</source>
        <translation>Beim &amp;Start anzeigen</translation>
    </message>
    <message>
        <source>Welcome to Storyreel Studio</source>
        <translation>Willkommen bei Storyreel Studio</translation>
    </message>
    <message>
        <source>The three workspaces and the first steps</source>
        <translation>Die drei Arbeitsbereiche und die ersten Schritte</translation>
    </message>
    <message>
        <source>Storyboards</source>
        <translation>Storyboards</translation>
    </message>
    <message>
        <source>Write the scenes of a video, render them into one and export it to share.</source>
        <translation>Schreiben Sie die Szenen eines Videos, rendern Sie sie zu einem Video und exportieren Sie es zum Teilen.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Your looks and their videos: choose each look&apos;s default video and keep copies to play offline.</source>
        <translation>Ihre Looks und deren Videos: Wählen Sie das Standardvideo jedes Looks und behalten Sie Kopien für die Offline-Wiedergabe.</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Every generation, render, export and upload with its progress and cost; cancel or retry it here.</source>
        <translation>Jede Generierung, jedes Rendering, jeder Export und Upload mit Fortschritt und Kosten; hier abbrechen oder erneut versuchen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Get started&lt;/b&gt;&lt;br&gt;A provider account generates videos and storyboards; a cloud storage keeps copies of your media and shares links to them. Both can wait: the sample project works without them.</source>
        <translation>&lt;b&gt;Erste Schritte&lt;/b&gt;&lt;br&gt;Ein Anbieterkonto generiert Videos und Storyboards; ein Cloud-Speicher bewahrt Kopien Ihrer Medien auf und gibt Links darauf frei. Beides kann warten: Das Beispielprojekt funktioniert auch ohne.</translation>
    </message>
    <message>
        <source>Add a provider account</source>
        <translation>Ein Anbieterkonto hinzufügen</translation>
    </message>
    <message>
        <source>Add cloud storage</source>
        <translation>Cloud-Speicher hinzufügen</translation>
    </message>
    <message>
        <source>Open the sample project</source>
        <translation>Das Beispielprojekt öffnen</translation>
    </message>
    <message>
        <source>Show the welcome at startup</source>
        <translation>Willkommensfenster beim Start anzeigen</translation>
    </message>
    <message>
        <source>When ticked, this welcome opens each time Storyreel Studio starts; it is always in Help.</source>
        <translation>Wenn aktiviert, öffnet sich dieses Willkommensfenster bei jedem Start von Storyreel Studio; im Menü Hilfe ist es immer zu finden.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the welcome; Help ▸ Welcome to Storyreel Studio opens it again</source>
        <translation>Willkommensfenster schließen; Hilfe ▸ Willkommen bei Storyreel Studio öffnet es erneut</translation>
    </message>
    <message>
        <source>Storyreel Studio logo</source>
        <translation>Logo von Storyreel Studio</translation>
    </message>
    <message>
        <source>%1 icon</source>
        <translation>%1-Symbol</translation>
    </message>
    <message>
        <source>Opens Settings ▸ Accounts with a new account to fill in: a provider&apos;s address and your token</source>
        <translation>Öffnet Einstellungen ▸ Konten mit einem neuen Konto zum Ausfüllen: die Adresse eines Anbieters und Ihr Token</translation>
    </message>
    <message>
        <source>Provider accounts cannot be added in this window: it was opened without the provider services</source>
        <translation>Anbieterkonten können in diesem Fenster nicht hinzugefügt werden: Es wurde ohne die Anbieterdienste geöffnet</translation>
    </message>
    <message>
        <source>Opens Settings ▸ Cloud Storage with a new S3-compatible bucket to fill in</source>
        <translation>Öffnet Einstellungen ▸ Cloud-Speicher mit einem neuen S3-kompatiblen Bucket zum Ausfüllen</translation>
    </message>
    <message>
        <source>Cloud storage cannot be added in this window: it was opened without the cloud service</source>
        <translation>Cloud-Speicher kann in diesem Fenster nicht hinzugefügt werden: Es wurde ohne den Cloud-Dienst geöffnet</translation>
    </message>
    <message>
        <source>Shows the sample storyboard in Storyboards</source>
        <translation>Zeigt das Beispiel-Storyboard unter Storyboards</translation>
    </message>
    <message>
        <source>The sample storyboard was deleted</source>
        <translation>Das Beispiel-Storyboard wurde gelöscht</translation>
    </message>
    <message>
        <source>The sample storyboard is gone: it was deleted, and the studio creates it only once. Start your own with File ▸ New Storyboard from Script…</source>
        <translation>Das Beispiel-Storyboard ist nicht mehr vorhanden: Es wurde gelöscht, und das Studio erstellt es nur einmal. Beginnen Sie Ihr eigenes mit Datei ▸ Neues Storyboard aus Skript…</translation>
    </message>
    <message>
        <source>Add Cloud S&amp;torage…</source>
        <translation>&amp;Cloud-Speicher hinzufügen…</translation>
    </message>
    <message>
        <source>Storyboards, looks and AI video jobs in one window, in three workspaces:</source>
        <translation>Storyboards, Looks und KI-Videoaufträge in einem Fenster, in drei Arbeitsbereichen:</translation>
    </message>
</context>
<context>
    <name>storyreel::http::HttpErrors</name>
    <message>
        <source> — try again in %1 s</source>
        <translation> — versuchen Sie es in %1 s erneut</translation>
    </message>
    <message>
        <source>The provider rejected the request</source>
        <translation>Der Anbieter hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>The provider refused the token — sign in again in Settings › Accounts</source>
        <translation>Der Anbieter hat das Token abgelehnt — melden Sie sich unter Einstellungen › Konten erneut an</translation>
    </message>
    <message>
        <source>Insufficient tokens/credits</source>
        <translation>Nicht genügend Token/Credits</translation>
    </message>
    <message>
        <source>: the balance is %1, this needs %2</source>
        <translation>: Das Guthaben beträgt %1, benötigt werden %2</translation>
    </message>
    <message>
        <source>: the balance is %1</source>
        <translation>: Das Guthaben beträgt %1</translation>
    </message>
    <message>
        <source>Not allowed: this account is not the owner of the item at the provider</source>
        <translation>Nicht erlaubt: Dieses Konto ist beim Anbieter nicht Eigentümer des Elements</translation>
    </message>
    <message>
        <source>Not found at the provider</source>
        <translation>Beim Anbieter nicht gefunden</translation>
    </message>
    <message>
        <source>The provider is not ready for this yet</source>
        <translation>Der Anbieter ist dafür noch nicht bereit</translation>
    </message>
    <message>
        <source>The provider&apos;s limit of concurrent jobs is reached; the job waits in the queue</source>
        <translation>Das Limit des Anbieters für gleichzeitige Aufträge ist erreicht; der Auftrag wartet in der Warteschlange</translation>
    </message>
    <message>
        <source>Too many requests: the provider&apos;s rate limit is reached</source>
        <translation>Zu viele Anfragen: Das Ratenlimit des Anbieters ist erreicht</translation>
    </message>
    <message>
        <source>The provider failed (HTTP %1)</source>
        <translation>Beim Anbieter ist ein Fehler aufgetreten (HTTP %1)</translation>
    </message>
    <message>
        <source>The provider timed out waiting for the request (HTTP 408)</source>
        <translation>Beim Anbieter ist beim Warten auf die Anfrage eine Zeitüberschreitung aufgetreten (HTTP 408)</translation>
    </message>
    <message>
        <source>The provider answered HTTP %1</source>
        <translation>Der Anbieter hat mit HTTP %1 geantwortet</translation>
    </message>
</context>
<context>
    <name>storyreel::http::HttpExchange</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Too many requests: the provider&apos;s rate limit resets in %1 s</source>
        <translation>Zu viele Anfragen: Das Ratenlimit des Anbieters wird in %1 s zurückgesetzt</translation>
    </message>
    <message>
        <source>The network is shut down</source>
        <translation>Das Netzwerk ist heruntergefahren</translation>
    </message>
    <message>
        <source>No answer from %1 for %2 s</source>
        <translation>Keine Antwort von %1 seit %2 s</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>die Verbindung wurde abgelehnt</translation>
    </message>
    <message>
        <source>the connection was closed before the answer was complete</source>
        <translation>die Verbindung wurde geschlossen, bevor die Antwort vollständig war</translation>
    </message>
    <message>
        <source>the host was not found</source>
        <translation>der Host wurde nicht gefunden</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>die sichere Verbindung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation>Netzwerkfehler %1</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 konnte nicht erreicht werden: %2</translation>
    </message>
    <message>
        <source>The download ended early: %1 of %2 bytes</source>
        <translation>Der Download wurde vorzeitig beendet: %1 von %2 Bytes</translation>
    </message>
    <message>
        <source>Too many redirects</source>
        <translation>Zu viele Weiterleitungen</translation>
    </message>
    <message>
        <source>The provider redirected to an invalid address</source>
        <translation>Der Anbieter hat an eine ungültige Adresse weitergeleitet</translation>
    </message>
    <message>
        <source>The provider redirected from a secure address to an insecure one</source>
        <translation>Der Anbieter hat von einer sicheren an eine unsichere Adresse weitergeleitet</translation>
    </message>
    <message>
        <source>Could not write the download to %1: %2</source>
        <translation>Der Download konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The download is not the expected kind of file (it is &quot;%1&quot;)</source>
        <translation>Der Download ist nicht die erwartete Dateiart (es ist &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>The server resumed the download at the wrong offset</source>
        <translation>Der Server hat den Download an der falschen Position fortgesetzt</translation>
    </message>
    <message>
        <source>The server refused to resume the download</source>
        <translation>Der Server hat das Fortsetzen des Downloads verweigert</translation>
    </message>
    <message>
        <source>The download is larger than announced: %1 of %2 bytes</source>
        <translation>Der Download ist größer als angekündigt: %1 von %2 Bytes</translation>
    </message>
</context>
<context>
    <name>storyreel::s3::Client</name>
    <message>
        <source>No access keys for the storage</source>
        <translation>Keine Zugriffsschlüssel für den Speicher</translation>
    </message>
    <message>
        <source>The storage did not confirm the upload&apos;s checksum</source>
        <translation>Der Speicher hat die Prüfsumme des Uploads nicht bestätigt</translation>
    </message>
    <message>
        <source>The storage&apos;s listing is unreadable</source>
        <translation>Die Auflistung des Speichers ist nicht lesbar</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The storage did not say which upload it created</source>
        <translation>Der Speicher hat nicht angegeben, welchen Upload er erstellt hat</translation>
    </message>
    <message>
        <source>A part number is 1 to %1, of a known upload</source>
        <translation>Eine Teilnummer liegt zwischen 1 und %1 und gehört zu einem bekannten Upload</translation>
    </message>
    <message>
        <source>The storage did not confirm the checksum of part %1</source>
        <translation>Der Speicher hat die Prüfsumme von Teil %1 nicht bestätigt</translation>
    </message>
    <message>
        <source>A multipart upload needs parts</source>
        <translation>Ein mehrteiliger Upload benötigt Teile</translation>
    </message>
    <message>
        <source>The storage did not confirm the uploaded object&apos;s checksum</source>
        <translation>Der Speicher hat die Prüfsumme des hochgeladenen Objekts nicht bestätigt</translation>
    </message>
    <message>
        <source>This storage cannot abort multipart uploads (HTTP %1); the parts stay until the storage expires them</source>
        <translation>Dieser Speicher kann mehrteilige Uploads nicht abbrechen (HTTP %1); die Teile bleiben erhalten, bis der Speicher sie verfallen lässt</translation>
    </message>
</context>
<context>
    <name>storyreel::s3::S3Address</name>
    <message>
        <source>The storage endpoint must be an http:// or https:// address</source>
        <translation>Der Speicher-Endpunkt muss eine http://- oder https://-Adresse sein</translation>
    </message>
    <message>
        <source>The storage endpoint must be only scheme://host[:port], without a path</source>
        <translation>Der Speicher-Endpunkt darf nur scheme://host[:port] sein, ohne Pfad</translation>
    </message>
    <message>
        <source>The storage region must be letters, digits and &apos;-&apos; (such as us-east-1 or auto)</source>
        <translation>Die Speicherregion darf nur Buchstaben, Ziffern und &apos;-&apos; enthalten (etwa us-east-1 oder auto)</translation>
    </message>
    <message>
        <source>A bucket name has 3 to 63 characters: lower-case letters, digits, &apos;.&apos; and &apos;-&apos;, beginning and ending with a letter or digit</source>
        <translation>Ein Bucket-Name hat 3 bis 63 Zeichen: Kleinbuchstaben, Ziffern, &apos;.&apos; und &apos;-&apos;, beginnend und endend mit einem Buchstaben oder einer Ziffer</translation>
    </message>
    <message>
        <source>A bucket name cannot have &apos;..&apos;, &apos;.-&apos; or &apos;-.&apos;</source>
        <translation>Ein Bucket-Name darf nicht &apos;..&apos;, &apos;.-&apos; oder &apos;-.&apos; enthalten</translation>
    </message>
    <message>
        <source>A bucket name cannot look like an IP address</source>
        <translation>Ein Bucket-Name darf nicht wie eine IP-Adresse aussehen</translation>
    </message>
    <message>
        <source>A bucket with &apos;.&apos; in its name cannot be reached over https by virtual-hosted addressing (the certificate does not cover it); use path-style addressing</source>
        <translation>Ein Bucket mit &apos;.&apos; im Namen ist über https mit Virtual-Hosted-Adressierung nicht erreichbar (das Zertifikat deckt ihn nicht ab); verwenden Sie Adressierung im Pfad-Stil</translation>
    </message>
    <message>
        <source>An object key has 1 to 1024 bytes</source>
        <translation>Ein Objektschlüssel hat 1 bis 1024 Bytes</translation>
    </message>
    <message>
        <source>An object key cannot have &quot;.&quot; or &quot;..&quot; between slashes</source>
        <translation>Ein Objektschlüssel darf zwischen Schrägstrichen kein &quot;.&quot; oder &quot;..&quot; enthalten</translation>
    </message>
    <message>
        <source>An object key cannot have control characters</source>
        <translation>Ein Objektschlüssel darf keine Steuerzeichen enthalten</translation>
    </message>
</context>
<context>
    <name>storyreel::s3::S3Errors</name>
    <message>
        <source>The storage refused access (HTTP 403)</source>
        <translation>Der Speicher hat den Zugriff verweigert (HTTP 403)</translation>
    </message>
    <message>
        <source>Not found in the storage (HTTP 404)</source>
        <translation>Im Speicher nicht gefunden (HTTP 404)</translation>
    </message>
    <message>
        <source>The storage failed (HTTP %1)</source>
        <translation>Beim Speicher ist ein Fehler aufgetreten (HTTP %1)</translation>
    </message>
    <message>
        <source>The storage answered HTTP %1</source>
        <translation>Der Speicher hat mit HTTP %1 geantwortet</translation>
    </message>
</context>
<context>
    <name>storyreel::script::ScriptImport</name>
    <message>
        <source>The script is empty: write or paste at least one paragraph (one scene per paragraph, separated by blank lines).</source>
        <translation>Das Skript ist leer: Schreiben oder fügen Sie mindestens einen Absatz ein (eine Szene pro Absatz, getrennt durch Leerzeilen).</translation>
    </message>
    <message>
        <source>Untitled storyboard</source>
        <translation>Unbenanntes Storyboard</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB; a script is plain text of a few pages.</source>
        <translation>%1 ist größer als 1 MiB; ein Skript ist reiner Text von wenigen Seiten.</translation>
    </message>
    <message>
        <source>%1 is not a UTF-8 text file.</source>
        <translation>%1 ist keine UTF-8-Textdatei.</translation>
    </message>
</context>
<context>
    <name>storyreel::sql::Sql</name>
    <message>
        <source>count %1</source>
        <translation>%1 zählen</translation>
    </message>
    <message>
        <source>%1: no such row</source>
        <translation>%1: Zeile nicht vorhanden</translation>
    </message>
    <message>
        <source>%1: no result</source>
        <translation>%1: kein Ergebnis</translation>
    </message>
</context>
<context>
    <name>storyreel::store::StoreUtil</name>
    <message>
        <source>look up %1 %2</source>
        <translation>%1 %2 nachschlagen</translation>
    </message>
</context>
<context>
    <name>storyreel::storyreelfile::StoryreelFile</name>
    <message>
        <source>%1 is not a valid storyreel file: %2</source>
        <translation>%1 ist keine gültige Storyreel-Datei: %2</translation>
    </message>
    <message>
        <source>Cannot read the image of scene %1 (%2): %3</source>
        <translation>Das Bild von Szene %1 (%2) kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>it is larger than 512 MiB</source>
        <translation>die Datei ist größer als 512 MiB</translation>
    </message>
    <message>
        <source>it is not JSON (%1)</source>
        <translation>die Datei ist kein JSON (%1)</translation>
    </message>
    <message>
        <source>&quot;format&quot; is not &quot;storyreel&quot;</source>
        <translation>&quot;format&quot; ist nicht &quot;storyreel&quot;</translation>
    </message>
    <message>
        <source>&quot;version&quot; is missing or not a whole number</source>
        <translation>&quot;version&quot; fehlt oder ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 was saved by a newer Storyreel Studio (file version %2; this one reads up to version %3). Update Storyreel Studio to open it.</source>
        <translation>%1 wurde mit einer neueren Version von Storyreel Studio gespeichert (Dateiversion %2; diese Version liest bis Version %3). Aktualisieren Sie Storyreel Studio, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>&quot;storyboard&quot; is missing</source>
        <translation>&quot;storyboard&quot; fehlt</translation>
    </message>
    <message>
        <source>&quot;title&quot; is missing or not a text</source>
        <translation>&quot;title&quot; fehlt oder ist kein Text</translation>
    </message>
    <message>
        <source>&quot;prompt&quot; and &quot;style&quot; must be texts</source>
        <translation>&quot;prompt&quot; und &quot;style&quot; müssen Texte sein</translation>
    </message>
    <message>
        <source>&quot;aspect&quot; must be 16:9, 9:16 or 1:1</source>
        <translation>&quot;aspect&quot; muss 16:9, 9:16 oder 1:1 sein</translation>
    </message>
    <message>
        <source>&quot;approved&quot; must be true or false</source>
        <translation>&quot;approved&quot; muss true oder false sein</translation>
    </message>
    <message>
        <source>&quot;refinement_count&quot; must be a whole number</source>
        <translation>&quot;refinement_count&quot; muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>&quot;scenes&quot; is missing</source>
        <translation>&quot;scenes&quot; fehlt</translation>
    </message>
    <message>
        <source>it has more than %1 scenes</source>
        <translation>die Datei hat mehr als %1 Szenen</translation>
    </message>
    <message>
        <source>scene %1: </source>
        <translation>Szene %1: </translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>&quot;description&quot; is missing or not a text</source>
        <translation>&quot;description&quot; fehlt oder ist kein Text</translation>
    </message>
    <message>
        <source>&quot;image_prompt&quot; must be a text</source>
        <translation>&quot;image_prompt&quot; muss ein Text sein</translation>
    </message>
    <message>
        <source>&quot;duration_ms&quot; must be a whole number of milliseconds from 100 to 600000</source>
        <translation>&quot;duration_ms&quot; muss eine ganze Zahl von Millisekunden zwischen 100 und 600000 sein</translation>
    </message>
    <message>
        <source>the image&apos;s &quot;type&quot; is not an image type</source>
        <translation>der &quot;type&quot; des Bildes ist kein Bildtyp</translation>
    </message>
    <message>
        <source>the embedded image is not valid base64</source>
        <translation>das eingebettete Bild ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>the image must be inside the file&apos;s folder</source>
        <translation>das Bild muss im Ordner der Datei liegen</translation>
    </message>
    <message>
        <source>its image %1 is missing next to the file</source>
        <translation>das Bild %1 liegt nicht neben der Datei</translation>
    </message>
    <message>
        <source>its image is larger than 64 MiB</source>
        <translation>das Bild ist größer als 64 MiB</translation>
    </message>
    <message>
        <source>&quot;image&quot; needs &quot;file&quot; or &quot;data&quot;</source>
        <translation>&quot;image&quot; benötigt &quot;file&quot; oder &quot;data&quot;</translation>
    </message>
    <message>
        <source>&quot;image&quot; must be an object</source>
        <translation>&quot;image&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>its image cannot be decoded</source>
        <translation>das Bild kann nicht dekodiert werden</translation>
    </message>
</context>
<context>
    <name>storyreel::videoitem::VideoItem</name>
    <message>
        <source>Video %1</source>
        <translation>Video %1</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Generating</source>
        <translation>Wird generiert</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Text to video</source>
        <translation>Text zu Video</translation>
    </message>
    <message>
        <source>Image to video</source>
        <translation>Bild zu Video</translation>
    </message>
    <message>
        <source>Storyboard</source>
        <translation>Storyboard</translation>
    </message>
    <message>
        <source>Explainer</source>
        <translation>Erklärvideo</translation>
    </message>
    <message>
        <source>Render</source>
        <translation>Rendering</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Wird hochgeladen</translation>
    </message>
    <message>
        <source>In cloud</source>
        <translation>In der Cloud</translation>
    </message>
    <message>
        <source>Cloud only</source>
        <translation>Nur in der Cloud</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <source>Video %1, %2</source>
        <translation>Video %1, %2</translation>
    </message>
    <message>
        <source>Video %1, %2, %3</source>
        <translation>Video %1, %2, %3</translation>
    </message>
</context>
<context>
    <name>storyreel::videotext</name>
    <message>
        <source>Untitled video</source>
        <translation>Unbenanntes Video</translation>
    </message>
</context>
</TS>
