// mysql2 probes this optional dependency for query highlighting; a no-op keeps its log quiet.
module.exports = { highlight: (text) => text };
