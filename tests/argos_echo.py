"""A tiny Argos package built offline in about a second: an "echo" model that copies its input.

The parts argostranslate needs, each the smallest real thing that works:
- sentencepiece.model: trained on a few hundred generated lines;
- model/: a CTranslate2 Transformer (one layer, one head) whose numpy weights make the decoder
  attend to the source position equal to its own and copy that token (position codes with a
  constant sum and norm keep every layer norm a fixed affine map);
- minisbd/<lang>.onnx: a MiniSBD-compatible splitter that ends a sentence at . ! or ?;
- metadata.json; all zipped as .argosmodel.
"""

from __future__ import annotations

import io
import json
import string
import zipfile
from pathlib import Path

import numpy as np

ALPHABET = string.ascii_letters + string.digits + "áéíóúñüÁÉÍÓÚÑ¿¡.,;:!?\"'()-"
WORDS = ("el la de que y en un una presidente cárcel visitó prisión centro confinamiento terrorismo "
         "the of and president visited prison center confinement terrorism said on friday").split()
MAX_POSITIONS = 256
FREQUENCIES = 24


def train_sentencepiece() -> bytes:
    import sentencepiece as spm
    rng = np.random.default_rng(0)
    lines = [" ".join(rng.choice(WORDS, 8)).capitalize() + "." for _ in range(300)] + [ALPHABET]
    model = io.BytesIO()
    spm.SentencePieceTrainer.train(sentence_iterator=iter(lines), model_writer=model, vocab_size=150,
                                   hard_vocab_limit=False, character_coverage=1.0, minloglevel=2)
    return model.getvalue()


def _position_codes(width: int, offset: int) -> np.ndarray:
    """cos, sin, -cos, -sin of each position: constant sum (0) and norm, peaked dot product at equal positions."""
    t = np.arange(MAX_POSITIONS)[:, None]
    w = np.pi * np.arange(1, FREQUENCIES + 1)[None, :] / MAX_POSITIONS
    codes = np.zeros((MAX_POSITIONS, width), np.float32)
    codes[:, offset:offset + 4 * FREQUENCIES] = np.concatenate(
        [np.cos(w * t), np.sin(w * t), -np.cos(w * t), -np.sin(w * t)], 1)
    return codes


def save_echo_model(vocab: list[str], directory: Path) -> None:
    """Residual stream = [token one-hot | position code | copied token one-hot]."""
    from ctranslate2.specs import transformer_spec

    v, p = len(vocab), 4 * FREQUENCIES
    d = v + p + v
    f32 = lambda a: np.asarray(a, np.float32)   # noqa: E731 - a local shorthand

    def layer_norm(spec):
        spec.gamma, spec.beta = f32(np.ones(d)), f32(np.zeros(d))

    def silent(attention, outputs: int):   # contributes nothing to the residual stream
        layer_norm(attention.layer_norm)
        attention.linear[0].weight = f32(np.zeros((outputs, d)))
        attention.linear[1].weight = f32(np.zeros((d, d)))

    def silent_ffn(ffn):
        layer_norm(ffn.layer_norm)
        ffn.linear_0.weight, ffn.linear_1.weight = f32(np.zeros((4, d))), f32(np.zeros((d, 4)))

    spec = transformer_spec.TransformerSpec.from_config(num_layers=1, num_heads=1)
    embeddings = f32(np.eye(v, d))
    for part in (spec.encoder, spec.decoder):
        part.scale_embeddings = False
        part.position_encodings.encodings = _position_codes(d, v)
        layer_norm(part.layer_norm)
        silent(part.layer[0].self_attention, 3 * d)
        silent_ffn(part.layer[0].ffn)
    spec.encoder.embeddings[0].weight = embeddings
    spec.decoder.embeddings.weight = embeddings

    cross = spec.decoder.layer[0].attention
    layer_norm(cross.layer_norm)
    query, keys_values, out = np.zeros((d, d)), np.zeros((2 * d, d)), np.zeros((d, d))
    query[v:v + p, v:v + p] = 400 * np.eye(p)          # sharp attention on the matching position
    keys_values[v:v + p, v:v + p] = np.eye(p)           # keys: the source position
    keys_values[d:d + v, :v] = np.eye(v)                # values: the source token
    out[v + p:, :v] = np.eye(v)                         # written to the "copied token" block
    cross.linear[0].weight, cross.linear[1].weight, cross.linear[2].weight = f32(query), f32(keys_values), f32(out)
    projection = np.zeros((v, d))
    projection[:, v + p:] = 50 * np.eye(v)
    spec.decoder.projection.weight = f32(projection)

    spec.register_source_vocabulary(vocab)
    spec.register_target_vocabulary(vocab)
    spec.config.add_source_eos = True   # the copied </s> ends the output
    spec.validate()
    directory.mkdir(parents=True)
    spec.save(str(directory))


def splitter_onnx(lang: str) -> bytes:
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    units = ["<PAD>", "<UNK>", " "] + list(ALPHABET)
    table = np.zeros((len(units), 5), np.float32)
    table[:, 0] = 1
    for end in ".!?":
        table[units.index(end)] = [0, 0, 1, 0, 0]   # label 2: end of sentence
    graph = helper.make_graph(
        [helper.make_node("Gather", ["table", "units"], ["logits"], axis=0)], "sentence-ends",
        [helper.make_tensor_value_info("units", TensorProto.INT64, ["batch", "time"]),
         helper.make_tensor_value_info("features", TensorProto.FLOAT, ["batch", "time", "features"])],
        [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", "time", 5])],
        [numpy_helper.from_array(table, "table")])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8
    vocab = {"lang": lang, "idx": 0, "cutoff": 0, "lower": False,
             "_id2unit": units, "_unit2id": {u: i for i, u in enumerate(units)}}
    meta = {"lang_code": lang, "config": json.dumps({"feat_funcs": [], "max_seqlen": 1000, "batch_size": 32}),
            "vocab": json.dumps(vocab), "lexicon": "null"}
    for key, value in meta.items():
        model.metadata_props.append(onnx.StringStringEntryProto(key=key, value=value))
    onnx.checker.check_model(model)
    return model.SerializeToString()


def build_echo_package(workdir: Path, src: str, tgt: str, with_splitter: bool = True) -> Path:
    """workdir/translate-SRC_TGT.argosmodel, an Argos package whose model copies its input."""
    import sentencepiece as spm

    name = f"translate-{src}_{tgt}-echo"
    build = workdir / f"{name}{'' if with_splitter else '-nosplit'}"
    sp_model = train_sentencepiece()
    processor = spm.SentencePieceProcessor(model_proto=sp_model)
    save_echo_model([processor.id_to_piece(i) for i in range(processor.get_piece_size())], build / "model")
    archive_path = workdir / f"{build.name}.argosmodel"
    metadata = {"package_version": "0.1", "argos_version": "1.9", "type": "translate",
                "from_code": src, "from_name": src, "to_code": tgt, "to_name": tgt}
    with zipfile.ZipFile(archive_path, "w") as archive:
        archive.writestr(f"{name}/metadata.json", json.dumps(metadata))
        archive.writestr(f"{name}/sentencepiece.model", sp_model)
        for path in sorted((build / "model").iterdir()):
            archive.write(path, f"{name}/model/{path.name}")
        if with_splitter:
            archive.writestr(f"{name}/minisbd/{src}.onnx", splitter_onnx(src))
    return archive_path
