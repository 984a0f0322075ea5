// Two app instances starting over one empty database must not both load the reference data. The instance that
// loads holds an uncommitted (:ReferenceDataLoad {id}) node for the duration of its load; the uniqueness makes a
// second instance's MERGE of the same node wait until the first has committed (and deleted it), after which the
// second finds the data loaded. The node is never committed, so the graph holds no such node at rest.
CREATE CONSTRAINT reference_data_load_id IF NOT EXISTS FOR (n:ReferenceDataLoad) REQUIRE n.id IS UNIQUE;
