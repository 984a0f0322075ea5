// The open transactions of the GraphQL requests $requests whose clients went away: each read of a request carries
// its id in its transaction metadata (RunningRequests.METADATA_KEY). Transactions of every database, embedded or
// on the server the app is connected to.
SHOW TRANSACTIONS YIELD transactionId, metaData
WHERE metaData.orggraphRequest IN $requests
RETURN transactionId
