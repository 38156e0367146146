// Each simulated Careline keeps its database in fake-indexeddb, as the unit tests do.
import 'fake-indexeddb/auto';
