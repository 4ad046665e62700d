// Runs first inside each module instance: the registry of player elements (hosts) that the bridge
// libraries look up by id. Per module instance, so nothing is shared between pages or modules.
Module['shotscapeHosts'] = Module['shotscapeHosts'] || new Map();
