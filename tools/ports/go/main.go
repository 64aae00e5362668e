// Reads every seed answer into its response type with the stock go client's models, writes it
// back with encoding/json and records the result (tools/ports/ports.py compares it).
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"reflect"
)

type answer struct {
	Label string          `json:"label"`
	Model string          `json:"model"`
	Array bool            `json:"array"`
	Body  json.RawMessage `json:"body"`
}

type result struct {
	Label string          `json:"label"`
	JSON  json.RawMessage `json:"json,omitempty"`
	Error string          `json:"error,omitempty"`
}

func roundTrip(a answer) result {
	model, known := models[a.Model]
	if !known {
		return result{Label: a.Label, Error: "no Go type named " + a.Model}
	}
	if a.Array {
		model = reflect.SliceOf(model)
	}
	value := reflect.New(model).Interface()
	if err := json.Unmarshal(a.Body, value); err != nil {
		return result{Label: a.Label, Error: err.Error()}
	}
	out, err := json.Marshal(value)
	if err != nil {
		return result{Label: a.Label, Error: err.Error()}
	}
	return result{Label: a.Label, JSON: out}
}

func main() {
	var answers []answer
	data, err := os.ReadFile(os.Args[1])
	if err == nil {
		err = json.Unmarshal(data, &answers)
	}
	results := make([]result, 0, len(answers))
	for _, a := range answers {
		results = append(results, roundTrip(a))
	}
	var out []byte
	if err == nil {
		out, err = json.Marshal(results)
	}
	if err == nil {
		err = os.WriteFile(os.Args[2], out, 0o600)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
}
