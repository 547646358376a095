<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>EnrichmentSession</name>
    <message>
        <source>leads %1–%2 of the filter</source>
        <translation>leads %1–%2 del filtro</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected lead(s)</source>
        <translation>
            <numerusform>%Ln lead seleccionado</numerusform>
            <numerusform>%Ln leads seleccionados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lance::AboutDialog</name>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Licencia</translation>
    </message>
    <message>
        <source>About Lance Desk</source>
        <translation>Acerca de Lance Desk</translation>
    </message>
    <message>
        <source>Lance Desk</source>
        <translation>Lance Desk</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Enrich sales leads with phone numbers and emails through the Lance API.</source>
        <translation>Enriquezca sus leads de ventas con números de teléfono y correos electrónicos mediante la API de Lance.</translation>
    </message>
    <message>
        <source>Released under the MIT licence.</source>
        <translation>Publicado bajo la licencia MIT.</translation>
    </message>
    <message>
        <source>Running on Qt %1 (built with Qt %2).</source>
        <translation>Se ejecuta con Qt %1 (compilado con Qt %2).</translation>
    </message>
    <message>
        <source>Demo mode runs lance-engine, a local stand-in for the Lance API with generated leads and simulated enrichment providers: it spends no real credits. Made with Qt (LGPL v3) and QtKeychain (BSD licence).</source>
        <translation>El modo demo usa lance-engine, un sustituto local de la API de Lance con leads generados y proveedores de enriquecimiento simulados: no gasta créditos reales. Hecho con Qt (LGPL v3) y QtKeychain (licencia BSD).</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Texto de la licencia</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Show or hide the full licence text</source>
        <translation>Mostrar u ocultar el texto completo de la licencia</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>MIT License

Copyright (c) Lance Desk contributors

The full licence text was not found when this copy was built. In short:
permission is granted, free of charge, to use, copy, modify, merge,
publish, distribute, sublicense and sell copies of the software, provided
the copyright notice and this permission notice are included in all
copies or substantial portions of it. The software is provided &quot;as is&quot;,
without warranty of any kind.
</source>
        <translation>Licencia MIT

Copyright (c) Lance Desk contributors

No se encontró el texto completo de la licencia al compilar esta copia. En
resumen: se concede permiso, de forma gratuita, para usar, copiar,
modificar, fusionar, publicar, distribuir, sublicenciar y vender copias
del software, siempre que el aviso de copyright y este aviso de permiso se
incluyan en todas las copias o partes sustanciales del mismo. El software
se proporciona «tal cual», sin garantía de ningún tipo.
</translation>
    </message>
</context>
<context>
    <name>lance::ConnectionDialog</name>
    <message>
        <source>&amp;Demo: the built-in engine with generated leads</source>
        <translation>&amp;Demo: el motor integrado con leads generados</translation>
    </message>
    <message>
        <source>Lance &amp;server</source>
        <translation>&amp;Servidor Lance</translation>
    </message>
    <message>
        <source>&amp;Remember the token in the system keychain</source>
        <translation>&amp;Recordar el token en el llavero del sistema</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Modo demo</translation>
    </message>
    <message>
        <source>Lance server</source>
        <translation>Servidor Lance</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token de API</translation>
    </message>
    <message>
        <source>Leave empty to use the one in the keychain</source>
        <translation>Déjelo vacío para usar el del llavero</translation>
    </message>
    <message>
        <source>Remember the token in the system keychain</source>
        <translation>Recordar el token en el llavero del sistema</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>D&amp;irección:</translation>
    </message>
    <message>
        <source>API to&amp;ken:</source>
        <translation>&amp;Token de API:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Type the API token to test the connection.</source>
        <translation>Escriba el token de API para probar la conexión.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: organization %1, %Ln credit(s) available</source>
        <translation>
            <numerusform>Conectado: organización %1, %Ln crédito disponible</numerusform>
            <numerusform>Conectado: organización %1, %Ln créditos disponibles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lance::CreditEstimateDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Enrich emails</source>
        <translation>Enriquecer correos</translation>
    </message>
    <message>
        <source>Enrich phones</source>
        <translation>Enriquecer teléfonos</translation>
    </message>
    <message>
        <source>Leads selected</source>
        <translation>Leads seleccionados</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Already enriched (free)</source>
        <translation>Ya enriquecidos (gratis)</translation>
    </message>
    <message>
        <source>Finished earlier: you see their result again without paying.</source>
        <translation>Terminados antes: vuelve a ver su resultado sin pagar.</translation>
    </message>
    <message>
        <source>Already pending (free)</source>
        <translation>Ya pendientes (gratis)</translation>
    </message>
    <message>
        <source>Already on their way: no second request is made.</source>
        <translation>Ya en curso: no se envía una segunda solicitud.</translation>
    </message>
    <message>
        <source>New to enrich</source>
        <translation>Nuevos por enriquecer</translation>
    </message>
    <message>
        <source>Credits per email found</source>
        <translation>Créditos por correo encontrado</translation>
    </message>
    <message>
        <source>Credits per phone found</source>
        <translation>Créditos por teléfono encontrado</translation>
    </message>
    <message>
        <source>Maximum cost</source>
        <translation>Coste máximo</translation>
    </message>
    <message>
        <source>If every new lead is found. Leads not found, failed or cancelled cost nothing.</source>
        <translation>Si se encuentran todos los leads nuevos. Los leads no encontrados, fallidos o cancelados no cuestan nada.</translation>
    </message>
    <message>
        <source>Available balance</source>
        <translation>Saldo disponible</translation>
    </message>
    <message>
        <source>&amp;Track them</source>
        <translation>&amp;Hacer seguimiento</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Enrich %Ln lead(s)</source>
        <translation>
            <numerusform>&amp;Enriquecer %Ln lead</numerusform>
            <numerusform>&amp;Enriquecer %Ln leads</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to enrich: every selected lead is already enriched or pending. No credits will be used.</source>
        <translation>Nada nuevo que enriquecer: todos los leads seleccionados ya están enriquecidos o pendientes. No se usará ningún crédito.</translation>
    </message>
    <message>
        <source>Not enough credits for every new lead</source>
        <translation>No hay créditos suficientes para todos los leads nuevos</translation>
    </message>
    <message numerus="yes">
        <source>Enrich the first %Ln I can afford</source>
        <translation>
            <numerusform>Enriquecer solo %Ln lead (cubierto por el saldo)</numerusform>
            <numerusform>Enriquecer solo los primeros %Ln (cubiertos por el saldo)</numerusform>
        </translation>
    </message>
    <message>
        <source>Credits are held now and charged only for contacts found.</source>
        <translation>Los créditos se reservan ahora y solo se cobran por los contactos encontrados.</translation>
    </message>
    <message>
        <source>This server cannot say which of these leads are already enriched, so every one is counted as new: the cost can only be lower.</source>
        <translation>Este servidor no puede indicar cuáles de estos leads ya están enriquecidos, así que todos se cuentan como nuevos: el coste solo puede ser menor.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln credit(s)</source>
        <translation>
            <numerusform>%Ln crédito</numerusform>
            <numerusform>%Ln créditos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln credit(s) held for enrichments in progress, not counted as available.</source>
        <translation>
            <numerusform>%Ln crédito está retenido para enriquecimientos en curso y no cuenta como disponible.</numerusform>
            <numerusform>%Ln créditos están retenidos para enriquecimientos en curso y no cuentan como disponibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Balance after, if every contact is found</source>
        <translation>Saldo después, si se encuentra cada contacto</translation>
    </message>
    <message>
        <source>Contacts not found cost nothing, so the balance after is at least this.</source>
        <translation>Los contactos no encontrados no cuestan nada, así que el saldo después será al menos este.</translation>
    </message>
    <message numerus="yes">
        <source>Your balance is short by %Ln credit(s) for the maximum cost.</source>
        <translation>
            <numerusform>A su saldo le falta %Ln crédito para el coste máximo.</numerusform>
            <numerusform>A su saldo le faltan %Ln créditos para el coste máximo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected leads are hidden by the current filters; they are enriched too.</source>
        <translation>
            <numerusform>%Ln de los leads seleccionados está oculto por los filtros actuales; también se enriquece.</numerusform>
            <numerusform>%Ln de los leads seleccionados están ocultos por los filtros actuales; también se enriquecen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of the selected leads may be hidden by the current filters; they are enriched too.</source>
        <translation>Puede que algunos leads seleccionados estén ocultos por los filtros actuales; también se enriquecen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected leads already have an email on file.</source>
        <translation>
            <numerusform>%Ln de los leads seleccionados ya tiene un email registrado.</numerusform><numerusform>%Ln de los leads seleccionados ya tienen un email registrado.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected leads already have a phone number on file.</source>
        <translation>
            <numerusform>%Ln de los leads seleccionados ya tiene un teléfono registrado.</numerusform><numerusform>%Ln de los leads seleccionados ya tienen un teléfono registrado.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Skip the %Ln that already have one</source>
        <translation>
            <numerusform>&amp;Omitir el %Ln que ya tiene uno</numerusform><numerusform>&amp;Omitir los %Ln que ya tienen uno</numerusform></translation>
    </message>
    <message>
        <source>They are left out of the request: no credits are spent on contacts you already have.</source>
        <translation>Quedan fuera de la solicitud: no se gastan créditos en contactos que ya tiene.</translation>
    </message>
    <message>
        <source>They are enriched as well; each contact found is charged.</source>
        <translation>También se enriquecen; cada contacto encontrado se cobra.</translation>
    </message>
    <message>
        <source>Enrich them t&amp;oo</source>
        <translation>Enriquecerlos &amp;también</translation>
    </message>
</context>
<context>
    <name>lance::CsvExporter</name>
    <message>
        <source>The connection to the server was closed.</source>
        <translation>Se cerró la conexión con el servidor.</translation>
    </message>
    <message>
        <source>No server to export from.</source>
        <translation>No hay ningún servidor desde el que exportar.</translation>
    </message>
    <message>
        <source>The export file is not open for writing.</source>
        <translation>El archivo de exportación no está abierto para escritura.</translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>La búsqueda falló.</translation>
    </message>
    <message>
        <source>The export file was closed during the export.</source>
        <translation>El archivo de exportación se cerró durante la exportación.</translation>
    </message>
    <message>
        <source>Could not write the export file: %1</source>
        <translation>No se pudo escribir el archivo de exportación: %1</translation>
    </message>
    <message>
        <source>the file was closed</source>
        <translation>el archivo se cerró</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Nivel jerárquico</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
</context>
<context>
    <name>lance::EnrichFlow</name>
    <message>
        <source>Select leads first: click, Ctrl-click or Space.</source>
        <translation>Seleccione primero los leads: clic, Ctrl+clic o Espacio.</translation>
    </message>
    <message>
        <source>Working out the cost…</source>
        <translation>Calculando el coste…</translation>
    </message>
    <message>
        <source>Enrich</source>
        <translation>Enriquecer</translation>
    </message>
    <message>
        <source>The cost could not be worked out, so nothing was spent: %1</source>
        <translation>No se pudo calcular el coste, así que no se gastó nada: %1</translation>
    </message>
    <message>
        <source>The selection changed since you confirmed; please check the new cost.</source>
        <translation>La selección cambió desde que la confirmó; revise el nuevo coste.</translation>
    </message>
    <message>
        <source>Starting enrichments…</source>
        <translation>Iniciando enriquecimientos…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Starting enrichments: %1 of %2</source>
        <translation>Iniciando enriquecimientos: %1 de %2</translation>
    </message>
    <message>
        <source>Not started: %1 — %2</source>
        <translation>No iniciados: %1 — %2</translation>
    </message>
    <message>
        <source>Cancel pending</source>
        <translation>Cancelar pendientes</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %Ln pending email enrichment(s)?</source>
        <translation>
            <numerusform>¿Cancelar %Ln enriquecimiento de correo pendiente?</numerusform>
            <numerusform>¿Cancelar %Ln enriquecimientos de correo pendientes?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %Ln pending phone enrichment(s)?</source>
        <translation>
            <numerusform>¿Cancelar %Ln enriquecimiento de teléfono pendiente?</numerusform>
            <numerusform>¿Cancelar %Ln enriquecimientos de teléfono pendientes?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their held credits are released. You can enrich them again later.</source>
        <translation>Sus créditos reservados se liberan. Puede volver a enriquecerlos más tarde.</translation>
    </message>
    <message>
        <source>Cancel them</source>
        <translation>Cancelarlos</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Conservarlos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending enrichment(s) cancelled; their credits are released.</source>
        <translation>
            <numerusform>%Ln enriquecimiento pendiente cancelado; sus créditos se liberan.</numerusform>
            <numerusform>%Ln enriquecimientos pendientes cancelados; sus créditos se liberan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled; some could not be: %1</source>
        <translation type="vanished">
            <numerusform>%Ln cancelado; otros no se pudieron cancelar: %1</numerusform>
            <numerusform>%Ln cancelados; otros no se pudieron cancelar: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln enrichment(s) on their way.</source>
        <translation>
            <numerusform>%Ln enriquecimiento en curso.</numerusform>
            <numerusform>%Ln enriquecimientos en curso.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already enriched or pending, at no cost.</source>
        <translation>
            <numerusform>%Ln ya enriquecido o en curso, sin coste.</numerusform>
            <numerusform>%Ln ya enriquecidos o en curso, sin coste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled before sending: up to %Ln lead(s); nothing was charged for them.</source>
        <translation>
            <numerusform>Cancelado antes de enviar: hasta %Ln lead; no se cobró nada por él.</numerusform>
            <numerusform>Cancelado antes de enviar: hasta %Ln leads; no se cobró nada por ellos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not sent after the failure: up to %Ln lead(s); nothing was charged for them.</source>
        <translation>
            <numerusform>No enviado tras el fallo: hasta %Ln lead; no se cobró nada por él.</numerusform>
            <numerusform>No enviados tras el fallo: hasta %Ln leads; no se cobró nada por ellos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is pending any more: every enrichment finished while this question was open.</source>
        <translation>Ya no hay nada pendiente: cada enriquecimiento terminó mientras esta pregunta estaba abierta.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln had finished meanwhile and keep their result.</source>
        <translation>
            <numerusform>%Ln había terminado entretanto y conserva su resultado.</numerusform>
            <numerusform>%Ln habían terminado entretanto y conservan su resultado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some could not be cancelled: %1</source>
        <translation>Algunos no se pudieron cancelar: %1</translation>
    </message>
</context>
<context>
    <name>lance::Enrichment</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Tiempo agotado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>lance::ExportController</name>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Exporting leads…</source>
        <translation>Exportando leads…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln lead(s) to %1</source>
        <translation>
            <numerusform>%Ln lead exportado a %1</numerusform>
            <numerusform>%Ln leads exportados a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Error en la exportación: %1</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Exportación cancelada</translation>
    </message>
</context>
<context>
    <name>lance::FacetSection</name>
    <message>
        <source>%1 filter</source>
        <translation>Filtro: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Type an exact value, then Enter</source>
        <translation>Escriba un valor exacto y pulse Intro</translation>
    </message>
    <message>
        <source>Type to find values</source>
        <translation type="vanished">Escriba para buscar valores</translation>
    </message>
    <message>
        <source>Suggestions are unavailable on this server: type an exact value and press Enter to add it.</source>
        <translation>Las sugerencias no están disponibles en este servidor: escriba un valor exacto y pulse Intro para añadirlo.</translation>
    </message>
    <message>
        <source>Type the start of a value; pick one with the arrow keys and Enter, or click it.</source>
        <translation type="vanished">Escriba el principio de un valor; elíjalo con las flechas e Intro, o haga clic en él.</translation>
    </message>
    <message>
        <source>Suggestions are unavailable: %1</source>
        <translation type="vanished">Las sugerencias no están disponibles: %1</translation>
    </message>
    <message>
        <source>No values start with “%1”.</source>
        <translation type="vanished">Ningún valor empieza por «%1».</translation>
    </message>
    <message>
        <source>Values of %1</source>
        <translation>Valores de %1</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Mostrar más</translation>
    </message>
    <message>
        <source>Show more values of %1</source>
        <translation>Mostrar más valores de %1</translation>
    </message>
    <message>
        <source>Find a value</source>
        <translation>Buscar un valor</translation>
    </message>
    <message>
        <source>Type any part of a value to list the values that contain it; Enter includes the best match, Down goes to the list.</source>
        <translation>Escriba cualquier parte de un valor para ver los valores que la contienen; Intro incluye la mejor coincidencia, Abajo va a la lista.</translation>
    </message>
    <message>
        <source>Each count is the number of leads the value would match with the other filters in place.</source>
        <translation>Cada número es la cantidad de leads que el valor daría con los demás filtros aplicados.</translation>
    </message>
    <message>
        <source>Counts are over all leads: this server does not narrow them by the other filters.</source>
        <translation>Los números son sobre todos los leads: este servidor no los acota según los demás filtros.</translation>
    </message>
    <message>
        <source>Click or Space includes a value; the ⊘ mark, Ctrl+click or Shift+Space excludes it.</source>
        <translation>Un clic o Espacio incluye un valor; la marca ⊘, Ctrl+clic o Mayús+Espacio lo excluye.</translation>
    </message>
    <message>
        <source>Click or Space includes a value.</source>
        <translation>Un clic o Espacio incluye un valor.</translation>
    </message>
    <message>
        <source>%1, excluded</source>
        <translation>%1, excluido</translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln leads</source>
        <translation>
            <numerusform>%1, %Ln lead</numerusform><numerusform>%1, %Ln leads</numerusform></translation>
    </message>
    <message>
        <source>Stop excluding %1 (Shift+Space)</source>
        <translation>Dejar de excluir %1 (Mayús+Espacio)</translation>
    </message>
    <message>
        <source>Exclude %1: leave its leads out (Shift+Space)</source>
        <translation>Excluir %1: dejar fuera sus leads (Mayús+Espacio)</translation>
    </message>
    <message>
        <source>Values are unavailable: %1</source>
        <translation>Los valores no están disponibles: %1</translation>
    </message>
    <message>
        <source>No value contains “%1”.</source>
        <translation>Ningún valor contiene «%1».</translation>
    </message>
    <message>
        <source>No value is left with the other filters.</source>
        <translation>No queda ningún valor con los demás filtros.</translation>
    </message>
    <message>
        <source>No values.</source>
        <translation>Sin valores.</translation>
    </message>
    <message>
        <source>Loading values…</source>
        <translation>Cargando valores…</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Quitar «%1»</translation>
    </message>
    <message>
        <source>Include “%1”</source>
        <translation>Incluir «%1»</translation>
    </message>
    <message>
        <source>Stop excluding “%1”</source>
        <translation>Dejar de excluir «%1»</translation>
    </message>
    <message>
        <source>Exclude “%1”</source>
        <translation>Excluir «%1»</translation>
    </message>
</context>
<context>
    <name>lance::FilterPanel</name>
    <message>
        <source>No filters: every lead is shown.</source>
        <translation>Sin filtros: se muestran todos los leads.</translation>
    </message>
    <message>
        <source>C&amp;lear all</source>
        <translation>&amp;Borrar todo</translation>
    </message>
    <message>
        <source>&amp;Save preset…</source>
        <translation>&amp;Guardar preajuste…</translation>
    </message>
    <message>
        <source>&amp;Delete preset</source>
        <translation>E&amp;liminar preajuste</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Save filter preset</source>
        <translation>Guardar preajuste de filtros</translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation>Nombre del preajuste:</translation>
    </message>
    <message>
        <source>Leads matching the filters</source>
        <translation>Leads que coinciden con los filtros</translation>
    </message>
    <message>
        <source>Search name, title or company</source>
        <translation>Buscar nombre, cargo o empresa</translation>
    </message>
    <message>
        <source>Active filters</source>
        <translation>Filtros activos</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Borrar todos los filtros</translation>
    </message>
    <message>
        <source>Remove every filter</source>
        <translation>Quitar todos los filtros</translation>
    </message>
    <message>
        <source>Filter presets</source>
        <translation>Preajustes de filtros</translation>
    </message>
    <message>
        <source>Apply a preset…</source>
        <translation>Aplicar un preajuste…</translation>
    </message>
    <message>
        <source>Save the filters as a preset</source>
        <translation>Guardar los filtros como preajuste</translation>
    </message>
    <message>
        <source>Delete the chosen preset</source>
        <translation>Eliminar el preajuste elegido</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>&amp;Preajustes</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>C&amp;orreo:</translation>
    </message>
    <message>
        <source>Filter by email</source>
        <translation>Filtrar por correo</translation>
    </message>
    <message>
        <source>Has email</source>
        <translation>Con correo</translation>
    </message>
    <message>
        <source>No email</source>
        <translation>Sin correo</translation>
    </message>
    <message>
        <source>Pho&amp;ne:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Filter by phone</source>
        <translation>Filtrar por teléfono</translation>
    </message>
    <message>
        <source>Has phone</source>
        <translation>Con teléfono</translation>
    </message>
    <message>
        <source>No phone</source>
        <translation>Sin teléfono</translation>
    </message>
    <message>
        <source>Remove filter %1: %2</source>
        <translation>Quitar el filtro %1: %2</translation>
    </message>
    <message>
        <source>has email</source>
        <translation>con correo</translation>
    </message>
    <message>
        <source>no email</source>
        <translation>sin correo</translation>
    </message>
    <message>
        <source>has phone</source>
        <translation>con teléfono</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>sin teléfono</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln leads match</source>
        <translation>
            <numerusform>%Ln lead coincidente</numerusform>
            <numerusform>%Ln leads coincidentes</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 leads match</source>
        <comment>more than 2^31: always plural</comment>
        <translation>%L1 leads coincidentes</translation>
    </message>
    <message>
        <source>Count unavailable</source>
        <translation>Recuento no disponible</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Eliminar preajuste</translation>
    </message>
    <message>
        <source>Delete the preset “%1”? The filters in use stay as they are.</source>
        <translation>¿Eliminar el preajuste «%1»? Los filtros activos se quedan como están.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln)</source>
        <translation>
            <numerusform>%1 (%Ln)</numerusform>
            <numerusform>%1 (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Quitar el filtro %1</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (modificado)</translation>
    </message>
    <message>
        <source>not %1</source>
        <comment>an excluded filter value: leads without it</comment>
        <translation>no %1</translation>
    </message>
</context>
<context>
    <name>lance::FilterSet</name>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Nivel jerárquico</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Picked leads</source>
        <translation>Leads elegidos</translation>
    </message>
    <message>
        <source>Never enriched</source>
        <translation>Nunca enriquecido</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Tiempo agotado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Email status</source>
        <translation>Estado del email</translation>
    </message>
    <message>
        <source>Phone status</source>
        <translation>Estado del teléfono</translation>
    </message>
</context>
<context>
    <name>lance::LanceClient</name>
    <message>
        <source>The server address is not a valid URL.</source>
        <translation>La dirección del servidor no es una URL válida.</translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation>La dirección del servidor debe empezar por https://.</translation>
    </message>
    <message>
        <source>Refusing to send your token over plain http:// to %1. Use https://.</source>
        <translation>No se enviará su token por http:// sin cifrar a %1. Use https://.</translation>
    </message>
    <message>
        <source>Cannot reach the server: the connection was refused.</source>
        <translation>No se puede acceder al servidor: se rechazó la conexión.</translation>
    </message>
    <message>
        <source>Cannot find the server. Check the address and your connection.</source>
        <translation>No se encuentra el servidor. Compruebe la dirección y su conexión.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified; the connection was not made.</source>
        <translation>No se pudo verificar el certificado del servidor; no se estableció la conexión.</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>Se perdió la conexión con el servidor.</translation>
    </message>
    <message>
        <source>The server sent an answer that is not valid data. Try again later.</source>
        <translation>El servidor envió una respuesta con datos no válidos. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1) and no explanation.</source>
        <translation>El servidor respondió con un error (HTTP %1) sin explicación.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood.</source>
        <translation>No se pudo entender la respuesta del servidor.</translation>
    </message>
    <message>
        <source>The server sent data in an unexpected shape.</source>
        <translation>El servidor envió datos con un formato inesperado.</translation>
    </message>
    <message>
        <source>No server is set up. Choose one with File → Connection…</source>
        <translation>No hay ningún servidor configurado. Elija uno en Archivo → Conexión…</translation>
    </message>
</context>
<context>
    <name>lance::LeadColumns</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Email status</source>
        <translation>Estado del correo</translation>
    </message>
    <message>
        <source>Phone status</source>
        <translation>Estado del teléfono</translation>
    </message>
    <message>
        <source>This server cannot sort leads; they are shown in its own order</source>
        <translation>Este servidor no puede ordenar los leads; se muestran en su propio orden</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>Esta columna no se puede ordenar</translation>
    </message>
    <message>
        <source>Sorts by last name</source>
        <translation>Ordena por apellido</translation>
    </message>
    <message>
        <source>Sorts by this column</source>
        <translation>Ordena por esta columna</translation>
    </message>
</context>
<context>
    <name>lance::LeadDetailsPane</name>
    <message>
        <source>Lead details</source>
        <translation>Detalles del lead</translation>
    </message>
    <message>
        <source>Select a lead to see its contact data and enrichments.</source>
        <translation>Seleccione un lead para ver sus datos de contacto y enriquecimientos.</translation>
    </message>
    <message>
        <source>Emails:</source>
        <translation>Correos:</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Teléfonos:</translation>
    </message>
    <message>
        <source>Latest enrichment</source>
        <translation>Último enriquecimiento</translation>
    </message>
    <message>
        <source>Emails: %1</source>
        <translation>Correos: %1</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Phones: %1</source>
        <translation>Teléfonos: %1</translation>
    </message>
    <message>
        <source>never enriched</source>
        <translation>nunca enriquecido</translation>
    </message>
    <message>
        <source>%1 (updated %2)</source>
        <translation>%1 (actualizado el %2)</translation>
    </message>
</context>
<context>
    <name>lance::LeadTableModel</name>
    <message>
        <source>On file</source>
        <translation>Ya disponible</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>%1
%2 at %3
%4, %5</source>
        <translation>%1
%2 en %3
%4, %5</translation>
    </message>
</context>
<context>
    <name>lance::LeadTableView</name>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Could not select every row: %1</source>
        <translation>No se pudieron seleccionar todas las filas: %1</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>Borrar filtro&amp;s</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>No leads match these filters.</source>
        <translation>Ningún lead coincide con estos filtros.</translation>
    </message>
    <message>
        <source>There are no leads here yet.</source>
        <translation>Todavía no hay leads aquí.</translation>
    </message>
    <message>
        <source>Lead names, kept in view</source>
        <translation>Nombres de los leads, siempre a la vista</translation>
    </message>
</context>
<context>
    <name>lance::MainWindow</name>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Lead details</source>
        <translation>Detalles del lead</translation>
    </message>
    <message>
        <source>Lance Desk</source>
        <translation>Lance Desk</translation>
    </message>
    <message>
        <source>Start-up status</source>
        <translation>Estado del inicio</translation>
    </message>
    <message>
        <source>Start-up progress</source>
        <translation>Progreso del inicio</translation>
    </message>
    <message>
        <source>Creating demo leads: %1 of %2</source>
        <translation>Creando leads de demo: %1 de %2</translation>
    </message>
    <message>
        <source>Enrichments in progress cannot be remembered for the next start of Lance Desk: %1</source>
        <translation>Los enriquecimientos en curso no se pueden recordar para el próximo inicio de Lance Desk: %1</translation>
    </message>
    <message>
        <source>Tracking file</source>
        <translation>Archivo de seguimiento</translation>
    </message>
    <message>
        <source>They are still followed while Lance Desk stays open.</source>
        <translation>Se siguen mientras Lance Desk permanezca abierto.</translation>
    </message>
    <message>
        <source>Quit Lance Desk</source>
        <translation>Salir de Lance Desk</translation>
    </message>
    <message numerus="yes">
        <source>%Ln enrichment(s) are still on their way.</source>
        <translation>
            <numerusform>%Ln enriquecimiento sigue en curso.</numerusform>
            <numerusform>%Ln enriquecimientos siguen en curso.</numerusform>
        </translation>
    </message>
    <message>
        <source>They carry on at the server without Lance Desk; their results and charges are tracked again the next time you start it.</source>
        <translation>Continúan en el servidor sin Lance Desk; sus resultados y cargos se vuelven a seguir la próxima vez que lo inicie.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Keep open</source>
        <translation>&amp;Mantener abierto</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Lance Desk shows the new language after a restart.</source>
        <translation>Lance Desk muestra el nuevo idioma tras reiniciarse.</translation>
    </message>
    <message>
        <source>Restart now? Enrichments on their way carry on and are tracked again after the restart.</source>
        <translation>¿Reiniciar ahora? Los enriquecimientos en curso continúan y se vuelven a seguir tras el reinicio.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
    <message>
        <source>The new language applies the next time you start Lance Desk.</source>
        <translation>El nuevo idioma se aplica la próxima vez que inicie Lance Desk.</translation>
    </message>
</context>
<context>
    <name>lance::PendingStore</name>
    <message>
        <source>Could not save the enrichments being tracked.</source>
        <translation>No se pudieron guardar los enriquecimientos en seguimiento.</translation>
    </message>
</context>
<context>
    <name>lance::SelectionBanner</name>
    <message>
        <source>Clear selection</source>
        <translation>Borrar la selección</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln lead(s) that match are selected.</source>
        <translation>
            <numerusform>El %Ln lead que coincide está seleccionado.</numerusform>
            <numerusform>Los %Ln leads que coinciden están seleccionados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln you unticked are left out.</source>
        <translation>
            <numerusform>%Ln que desmarcó queda fuera.</numerusform>
            <numerusform>%Ln que desmarcó quedan fuera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) selected.</source>
        <translation>
            <numerusform>%Ln lead seleccionado.</numerusform>
            <numerusform>%Ln leads seleccionados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Select all %Ln that match</source>
        <translation>
            <numerusform>Seleccionar el %Ln que coincide</numerusform>
            <numerusform>Seleccionar los %Ln que coinciden</numerusform>
        </translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Mostrarlos</translation>
    </message>
    <message>
        <source>Untick them</source>
        <translation>Desmarcarlos</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar aviso</translation>
    </message>
    <message>
        <source>Filter the table to the leads you picked</source>
        <translation>Filtrar la tabla a los leads elegidos</translation>
    </message>
    <message>
        <source>Leave the hidden leads out of the selection</source>
        <translation>Quitar de la selección los leads ocultos</translation>
    </message>
    <message numerus="yes">
        <source>The filters changed, so the selection of all %Ln lead(s) that matched the previous filters ended: nothing is selected.</source>
        <translation>
            <numerusform>Los filtros cambiaron, así que terminó la selección del %Ln lead que coincidía con los filtros anteriores: no hay nada seleccionado.</numerusform>
            <numerusform>Los filtros cambiaron, así que terminó la selección de los %Ln leads que coincidían con los filtros anteriores: no hay nada seleccionado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them hidden by the filters; Enrich includes them.</source>
        <translation>
            <numerusform>%Ln de ellos oculto por los filtros; Enriquecer lo incluye.</numerusform>
            <numerusform>%Ln de ellos ocultos por los filtros; Enriquecer los incluye.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some may be hidden by the filters.</source>
        <translation>Puede que algunos estén ocultos por los filtros.</translation>
    </message>
    <message>
        <source>Too many picked leads to show at once (at most %L1)</source>
        <translation>Demasiados leads elegidos para mostrarlos a la vez (como mucho %L1)</translation>
    </message>
</context>
<context>
    <name>lance::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Include a filter value, or remove it</source>
        <translation>Incluir un valor de filtro, o quitarlo</translation>
    </message>
    <message>
        <source>Exclude a filter value, or stop excluding it</source>
        <translation>Excluir un valor de filtro, o dejar de excluirlo</translation>
    </message>
</context>
<context>
    <name>lance::TokenDialog</name>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>&amp;Recordar en el llavero del sistema</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token de API</translation>
    </message>
    <message>
        <source>Enter the API &amp;token for %1:</source>
        <translation type="vanished">Introduzca el &amp;token de API para %1:</translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation>Recordar en el llavero del sistema</translation>
    </message>
    <message>
        <source>Store the token in the system keychain so it is not asked for next time.</source>
        <translation>Guardar el token en el llavero del sistema para que no se pida la próxima vez.</translation>
    </message>
    <message>
        <source>No system keychain is available.</source>
        <translation>No hay ningún llavero del sistema disponible.</translation>
    </message>
    <message>
        <source>%1 The token is kept only until Lance Desk closes and is asked for again next time; it is not written to disk.</source>
        <translation>%1 El token solo se conserva hasta que se cierre Lance Desk y se volverá a pedir la próxima vez; no se escribe en el disco.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Connect with this token</source>
        <translation>Conectar con este token</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel without a token</source>
        <translation>Cancelar sin token</translation>
    </message>
    <message>
        <source>Enter the API &amp;token for this server:</source>
        <translation>Introduzca el &amp;token de API de este servidor:</translation>
    </message>
</context>
<context>
    <name>lance::TokenResolver</name>
    <message>
        <source>No API token for %1: set LANCE_TOKEN or store one in the system keychain.</source>
        <translation>No hay token de API para %1: defina LANCE_TOKEN o guarde uno en el llavero del sistema.</translation>
    </message>
    <message>
        <source>No API token for %1: the token was not entered. Start again and enter it, or set LANCE_TOKEN.</source>
        <translation>No hay token de API para %1: no se introdujo el token. Vuelva a empezar e introdúzcalo, o defina LANCE_TOKEN.</translation>
    </message>
    <message>
        <source>The token could not be stored in the system keychain: %1</source>
        <translation>No se pudo guardar el token en el llavero del sistema: %1</translation>
    </message>
</context>
<context>
    <name>lance::TokenStore</name>
    <message>
        <source>No system keychain is available (no D-Bus session).</source>
        <translation>No hay ningún llavero del sistema disponible (no hay sesión de D-Bus).</translation>
    </message>
    <message>
        <source>The system keychain holds no token for this server.</source>
        <translation>El llavero del sistema no contiene ningún token para este servidor.</translation>
    </message>
    <message>
        <source>The system keychain denied access (it may be locked).</source>
        <translation>El llavero del sistema denegó el acceso (puede estar bloqueado).</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>Error del llavero del sistema: %1</translation>
    </message>
    <message>
        <source>No system keychain is available (no Secret Service is running).</source>
        <translation>No hay ningún llavero del sistema disponible (no se está ejecutando ningún Secret Service).</translation>
    </message>
    <message>
        <source>No system keychain is available (the Secret Service has no default keyring).</source>
        <translation>No hay ningún llavero del sistema disponible (el Secret Service no tiene un llavero predeterminado).</translation>
    </message>
</context>
<context>
    <name>lance::WorkspaceActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Save the selected leads (or, with none selected, all that match) as CSV</source>
        <translation>Guardar los leads seleccionados (o, sin selección, todos los coincidentes) como CSV</translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation>&amp;Conexión…</translation>
    </message>
    <message>
        <source>Use the demo engine or connect to a Lance server</source>
        <translation>Usar el motor de demo o conectarse a un servidor Lance</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Select &amp;visible leads</source>
        <translation>Seleccionar leads &amp;visibles</translation>
    </message>
    <message>
        <source>Select &amp;all that match</source>
        <translation>Seleccionar &amp;todos los coincidentes</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>Seleccionar &amp;ninguno</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtrar…</translation>
    </message>
    <message>
        <source>Go to &amp;leads</source>
        <translation>Ir a los &amp;leads</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>The new language applies the next time you start Lance Desk.</source>
        <translation type="vanished">El nuevo idioma se aplicará la próxima vez que inicie Lance Desk.</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
    <message>
        <source>En&amp;rich</source>
        <translation>En&amp;riquecer</translation>
    </message>
    <message>
        <source>&amp;Enrich…</source>
        <translation>&amp;Enriquecer…</translation>
    </message>
    <message>
        <source>See the cost, then enrich the selected leads</source>
        <translation>Ver el coste y luego enriquecer los leads seleccionados</translation>
    </message>
    <message>
        <source>&amp;Cancel pending</source>
        <translation>&amp;Cancelar pendientes</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>&amp;Reintentar fallidos</translation>
    </message>
    <message>
        <source>Find e&amp;mails</source>
        <translation>Buscar c&amp;orreos</translation>
    </message>
    <message>
        <source>Find &amp;phones</source>
        <translation>Buscar &amp;teléfonos</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Lance Desk</source>
        <translation>&amp;Acerca de Lance Desk</translation>
    </message>
    <message>
        <source>Enrichment</source>
        <translation>Enriquecimiento</translation>
    </message>
    <message>
        <source>Contact data to find</source>
        <translation>Datos de contacto que buscar</translation>
    </message>
    <message>
        <source>What to find for the selected leads (Alt+1, Alt+2)</source>
        <translation>Qué buscar para los leads seleccionados (Alt+1, Alt+2)</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Cancel this session&apos;s pending enrichments and release their credits</source>
        <translation>Cancelar los enriquecimientos pendientes de esta sesión y liberar sus créditos</translation>
    </message>
    <message>
        <source>This server cannot cancel enrichments</source>
        <translation>Este servidor no puede cancelar enriquecimientos</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Primeros pasos</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;1. Narrow the leads.&lt;/b&gt; Type in the filters on the left (Ctrl+F for free text); each value you pick becomes a chip, removed with its ×.&lt;/p&gt;&lt;p&gt;&lt;b&gt;2. Pick leads.&lt;/b&gt; Click, Ctrl+click or Shift+click rows, or tick their boxes; Ctrl+A picks what you see, and the banner offers every lead that matches.&lt;/p&gt;&lt;p&gt;&lt;b&gt;3. Choose emails or phones&lt;/b&gt; in the toolbar (Alt+1, Alt+2).&lt;/p&gt;&lt;p&gt;&lt;b&gt;4. Enrich (Ctrl+E).&lt;/b&gt; The estimate shows what is new, what is free because it was enriched already, and the most it can cost. Credits are held, then charged only for contacts found.&lt;/p&gt;&lt;p&gt;&lt;b&gt;5. Watch the statuses&lt;/b&gt; change in the table and the status bar; you can close Lance Desk meanwhile: the next start picks up where it left off.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;1. Acote los leads.&lt;/b&gt; Escriba en los filtros de la izquierda (Ctrl+F para texto libre); cada valor elegido se convierte en una etiqueta, que se quita con su ×.&lt;/p&gt;&lt;p&gt;&lt;b&gt;2. Elija leads.&lt;/b&gt; Haga clic, Ctrl+clic o Mayús+clic en filas, o marque sus casillas; Ctrl+A elige lo que ve, y el aviso ofrece todos los leads que coinciden.&lt;/p&gt;&lt;p&gt;&lt;b&gt;3. Elija correos o teléfonos&lt;/b&gt; en la barra de herramientas (Alt+1, Alt+2).&lt;/p&gt;&lt;p&gt;&lt;b&gt;4. Enriquezca (Ctrl+E).&lt;/b&gt; La estimación muestra lo nuevo, lo gratuito porque ya se enriqueció y el coste máximo. Los créditos se retienen y solo se cobran por contactos encontrados.&lt;/p&gt;&lt;p&gt;&lt;b&gt;5. Siga los estados&lt;/b&gt; en la tabla y la barra de estado; puede cerrar Lance Desk mientras tanto: el próximo inicio continúa donde lo dejó.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
</context>
<context>
    <name>lance::WorkspaceStatusBar</name>
    <message>
        <source>Demo data</source>
        <translation>Datos de demo</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Leads matching</source>
        <translation>Leads coincidentes</translation>
    </message>
    <message>
        <source>Selected leads</source>
        <translation>Leads seleccionados</translation>
    </message>
    <message>
        <source>Enrichment progress</source>
        <translation>Progreso del enriquecimiento</translation>
    </message>
    <message>
        <source>Credit balance</source>
        <translation>Saldo de créditos</translation>
    </message>
    <message>
        <source>Credits held</source>
        <translation>Créditos reservados</translation>
    </message>
    <message>
        <source>Held for enrichments in progress: charged only for contacts found, released otherwise.</source>
        <translation>Reservados para enriquecimientos en curso: solo se cobran por los contactos encontrados; si no, se liberan.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Demo data: the embedded engine with generated leads</source>
        <translation>Datos de demo: el motor integrado con leads generados</translation>
    </message>
    <message>
        <source>You are looking at generated demo leads on the built-in engine. No real credits are spent.</source>
        <translation>Está viendo leads de demo generados por el motor integrado. No se gastan créditos reales.</translation>
    </message>
    <message numerus="yes">
        <source>Offline — retrying in %n s</source>
        <translation>
            <numerusform>Sin conexión — reintento en %n s</numerusform>
            <numerusform>Sin conexión — reintento en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Connected to the built-in engine</source>
        <translation>Conectado al motor integrado</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Conectado a %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <source>Balance unavailable</source>
        <translation>Saldo no disponible</translation>
    </message>
    <message>
        <source>Credits available to spend</source>
        <translation>Créditos disponibles para gastar</translation>
    </message>
    <message>
        <source>%1 held</source>
        <translation>Reservados: %1</translation>
    </message>
    <message>
        <source>Counting leads…</source>
        <translation>Contando leads…</translation>
    </message>
    <message>
        <source>Loading leads…</source>
        <translation>Cargando leads…</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>Selección: %1</translation>
    </message>
    <message>
        <source>Enriching %1</source>
        <translation>Enriqueciendo: %1</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>Encontrados: %1</translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation>No encontrados: %1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>Fallidos: %1</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>Cancelados: %1</translation>
    </message>
    <message>
        <source>Could not load leads: %1</source>
        <translation>No se pudieron cargar los leads: %1</translation>
    </message>
    <message>
        <source>Count unavailable</source>
        <translation>Recuento no disponible</translation>
    </message>
    <message>
        <source>Offline — reconnecting…</source>
        <translation>Sin conexión — reconectando…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln credit(s)</source>
        <translation>
            <numerusform>%Ln crédito</numerusform>
            <numerusform>%Ln créditos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln lead</numerusform>
            <numerusform>%Ln leads</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 leads</source>
        <comment>more than 2^31: always plural</comment>
        <translation>%L1 leads</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Listo: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The built-in engine could not start: %1</source>
        <translation>No se pudo iniciar el motor integrado: %1</translation>
    </message>
    <message>
        <source>Starting the built-in engine…</source>
        <translation>Iniciando el motor integrado…</translation>
    </message>
    <message>
        <source>Enrich leads with phone numbers and emails through the Lance API.</source>
        <translation>Enriquecer leads con números de teléfono y correos electrónicos mediante la API de Lance.</translation>
    </message>
    <message>
        <source>Use the built-in engine with demo leads (the default when no server is configured).</source>
        <translation>Usar el motor integrado con leads de demo (predeterminado si no hay ningún servidor configurado).</translation>
    </message>
    <message>
        <source>Connect to the Lance server at &lt;url&gt;. The API token comes from the LANCE_TOKEN environment variable when set, else from the system keychain; otherwise it is asked for.</source>
        <translation>Conectarse al servidor Lance en &lt;url&gt;. El token de API se toma de la variable de entorno LANCE_TOKEN si está definida; si no, del llavero del sistema; en caso contrario, se solicita.</translation>
    </message>
    <message>
        <source>The demo database file to use (default: %1).</source>
        <translation>El archivo de base de datos de demo que se usará (predeterminado: %1).</translation>
    </message>
    <message>
        <source>No API token for %1.</source>
        <translation>No hay token de API para %1.</translation>
    </message>
</context>
</TS>
