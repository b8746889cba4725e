// The inline `# expect:` comments of fixture models are read by the product's own module, which
// `ringside test-policies` uses too; see server/src/policy/expectations.ts for the syntax.
export { readExpectations, compareExpectations, type Expectation } from '../../server/src/policy/expectations';
