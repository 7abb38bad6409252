// Validates rendered Kubernetes manifests (kubectl kustomize output) with unknown fields rejected.
//
//   node k8s/validate/validate.mjs --modules <node_modules> FILE.yaml...
//   node k8s/validate/validate.mjs --modules <node_modules> --self-test
//
// Every object is checked twice:
//  1. against the Kubernetes API schema of its kind as compiled by the kubernetes-models package (required
//     fields, types, enums, formats);
//  2. against a strict JSON schema generated here from the type map of @kubernetes/client-node (the same
//     OpenAPI, every object closed with additionalProperties: false), which is what rejects unknown or
//     misspelled fields: the API server would silently drop them, kubectl --validate=strict would refuse.
// RabbitmqCluster (rabbitmq.com/v1beta1) has no npm package: rabbitmqcluster.schema.json beside this file
// describes the operator's spec fields, closed the same way, and reuses the generated core types.
// Any other kind is an error: nothing reaches a cluster unchecked.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const modulesAt = args.indexOf("--modules");
if (modulesAt < 0 || !args[modulesAt + 1]) fail("usage: validate.mjs --modules <node_modules> (--self-test | FILE...)");
const modules = args[modulesAt + 1];
const files = args.filter((a, i) => i !== modulesAt && i !== modulesAt + 1 && a !== "--self-test");
const require = createRequire(join(modules, "noop.js"));
const load = (name) => import(pathToFileURL(require.resolve(name)).href);

const YAML = await load("yaml");
const k8s = await load("@kubernetes/client-node");
const AjvModule = await load("ajv");
const Ajv = AjvModule.default?.default ?? AjvModule.default ?? AjvModule;

// ---- strict schemas generated from the client's type map --------------------------------------------
const models = new Map(
  Object.entries(k8s).filter(([, c]) => typeof c === "function" && typeof c.getAttributeTypeMap === "function"),
);
const definitions = {};
for (const [name, cls] of models) {
  const properties = {};
  for (const attribute of cls.getAttributeTypeMap()) properties[attribute.baseName] = typeSchema(attribute.type, attribute.format);
  definitions[name] = { type: "object", properties, additionalProperties: false };
}

function typeSchema(type, format) {
  const array = /^Array<(.+)>$/.exec(type);
  if (array) return { type: "array", items: typeSchema(array[1]) };
  const map = /^\{ \[key: string\]: (.+); \}$/.exec(type);
  if (map) return { type: "object", additionalProperties: typeSchema(map[1]) };
  switch (type) {
    case "string":
      return { type: "string" };
    case "Date":
      return { type: "string" };
    case "number":
      return format === "int32" || format === "int64" ? { type: "integer" } : { type: "number" };
    case "boolean":
      return { type: "boolean" };
    case "IntOrString":
      return { type: ["integer", "string"] };
    case "any":
      return {};
    default:
      // Enum-like names without a class of their own are strings; the kubernetes-models pass checks values.
      return models.has(type) ? { $ref: `k8s#/definitions/${type}` } : { type: "string" };
  }
}

const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addSchema({ $id: "k8s", definitions });
const rabbitSchema = JSON.parse(readFileSync(join(here, "rabbitmqcluster.schema.json"), "utf8"));
const validateRabbit = ajv.compile(rabbitSchema);
const strictValidators = new Map();

function strictValidator(apiVersion, kind) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["", apiVersion];
  const cap = version[0].toUpperCase() + version.slice(1);
  // Core kinds are V1Service; a kind whose name is taken in another group is prefixed (CoreV1Event, EventsV1Event).
  const prefix = group ? group.split(".")[0].replace(/^./, (c) => c.toUpperCase()) : "Core";
  const name = [`${cap}${kind}`, `${prefix}${cap}${kind}`].find((n) => definitions[n]);
  if (!name) return undefined;
  if (!strictValidators.has(name)) strictValidators.set(name, ajv.compile({ $ref: `k8s#/definitions/${name}` }));
  return strictValidators.get(name);
}

// ---- kubernetes-models: the API's own constraints -------------------------------------------------------
async function modelsValidate(object) {
  const { apiVersion, kind } = object;
  // The package exports ES modules only (no "require" condition), so its files are imported by path.
  let module;
  try {
    module = await import(pathToFileURL(join(modules, "kubernetes-models", apiVersion, `${kind}.js`)).href);
  } catch {
    return [`no Kubernetes schema for ${apiVersion} ${kind}`];
  }
  const Model = module[kind];
  try {
    new Model(object).validate();
    return [];
  } catch (error) {
    return [String(error.message ?? error)];
  }
}

function ajvErrors(validate) {
  return (validate.errors ?? []).map((e) =>
    e.keyword === "additionalProperties"
      ? `${e.instancePath || "/"}: unknown field "${e.params.additionalProperty}"`
      : `${e.instancePath || "/"}: ${e.message}`,
  );
}

export async function validateObject(object) {
  if (!object || typeof object !== "object" || !object.apiVersion || !object.kind) return ["not a Kubernetes object (apiVersion and kind are required)"];
  if (object.apiVersion === "rabbitmq.com/v1beta1" && object.kind === "RabbitmqCluster")
    return validateRabbit(object) ? [] : ajvErrors(validateRabbit);
  const strict = strictValidator(object.apiVersion, object.kind);
  if (!strict) return [`no Kubernetes schema for ${object.apiVersion} ${object.kind}`];
  const errors = await modelsValidate(object);
  if (!strict(object)) errors.push(...ajvErrors(strict));
  return errors;
}

// ---- self-test: the validator must reject what a cluster would refuse or silently drop ------------------
async function selfTest() {
  const good = {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "x" },
    spec: {
      selector: { matchLabels: { a: "b" } },
      template: {
        metadata: { labels: { a: "b" } },
        spec: { containers: [{ name: "c", image: "i", livenessProbe: { grpc: { port: 8080, service: "liveness" } } }] },
      },
    },
  };
  const clone = () => structuredClone(good);
  const cases = [
    ["a valid Deployment", clone(), true],
    ["an unknown container field", clone(), false, (o) => (o.spec.template.spec.containers[0].bogus = 1)],
    ["a misspelled probe field", clone(), false, (o) => (o.spec.template.spec.containers[0].livenessProbe.grpc.servce = "x")],
    ["a string where an integer belongs", clone(), false, (o) => (o.spec.template.spec.containers[0].livenessProbe.grpc.port = "http")],
    ["a missing required field (containers[].name)", clone(), false, (o) => delete o.spec.template.spec.containers[0].name],
    ["an unknown kind", { apiVersion: "example.com/v1", kind: "Widget", metadata: { name: "w" } }, false],
    ["a RabbitmqCluster with an unknown spec field", { apiVersion: "rabbitmq.com/v1beta1", kind: "RabbitmqCluster", metadata: { name: "r" }, spec: { replica: 3 } }, false],
    ["a RabbitmqCluster with an unknown field in its core resources", { apiVersion: "rabbitmq.com/v1beta1", kind: "RabbitmqCluster", metadata: { name: "r" }, spec: { resources: { request: { cpu: "1" } } } }, false],
    ["a valid RabbitmqCluster", { apiVersion: "rabbitmq.com/v1beta1", kind: "RabbitmqCluster", metadata: { name: "r" }, spec: { replicas: 3, resources: { requests: { cpu: "1" } } } }, true],
  ];
  let failed = 0;
  for (const [what, object, expectValid, mutate] of cases) {
    mutate?.(object);
    const errors = await validateObject(object);
    const ok = (errors.length === 0) === expectValid;
    if (!ok) failed++;
    console.log(`${ok ? "ok  " : "FAIL"} self-test: ${what} is ${expectValid ? "accepted" : "rejected"}${errors.length ? ` (${errors[0]})` : ""}`);
  }
  return failed;
}

function fail(message) {
  console.error(message);
  process.exit(2);
}

let failures = 0;
if (args.includes("--self-test")) failures += await selfTest();
for (const file of files) {
  const documents = YAML.parseAllDocuments(readFileSync(file, "utf8"));
  let count = 0;
  for (const document of documents) {
    if (document.errors.length) {
      failures++;
      console.log(`FAIL ${file}: YAML error ${document.errors[0].message}`);
      continue;
    }
    const object = document.toJS();
    if (object === null) continue;
    count++;
    const errors = await validateObject(object);
    const name = `${object.kind}/${object.metadata?.name ?? "?"}`;
    if (errors.length) {
      failures++;
      for (const error of errors) console.log(`FAIL ${file}: ${name}: ${error}`);
    }
  }
  console.log(`${file}: ${count} object(s) checked`);
}
if (!args.includes("--self-test") && files.length === 0) fail("no files given");
process.exit(failures ? 1 : 0);
