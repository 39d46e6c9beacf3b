//! An office that handles procedures (`agencies` of the file).

use crate::diagnostic::{excerpt, Code, Detail};
use crate::json::Json;

#[cfg(feature = "schema")]
use super::Ty;
use super::{FieldSpec, Shape};
use crate::catalogue::limits::MAX_NAME_CHARS;
use crate::catalogue::model::*;
use crate::catalogue::read::Ctx;
#[cfg(any(test, feature = "to-json"))]
use crate::catalogue::write::{put, put_list, put_opt, s, text, Entries};

shape!(AGENCY "agency" {
    "id" req Ty::Id,
    "name" req Ty::Name,
    "level" opt Ty::Word(Level::WORDS),
    "address" opt Ty::Text,
    "phone" opt Ty::String,
    "hotline" opt Ty::String,
    "email" opt Ty::String,
    "url" opt Ty::Url,
    "opening_hours" opt Ty::Text,
    "map_url" opt Ty::Url,
    "code" opt Ty::String,
    "formerly" opt Ty::TextList,
});

impl<'j> Ctx<'j> {
    pub(crate) fn agency(&mut self, json: &'j Json<'j>) -> Option<Agency> {
        let obj = self.object(json, &AGENCY)?;
        let id = self.req_id(obj);
        let name = self.req_text(obj, "name", MAX_NAME_CHARS);
        let level = self
            .opt_word(obj, "level", Level::WORDS)
            .and_then(|i| Level::ALL.get(i).copied());
        self.soft += 1;
        let code = self.opt_string(obj, "code").filter(|code| {
            let ok = code.bytes().all(|b| b.is_ascii_digit());
            if !ok {
                self.push("code");
                self.error(Code::InvalidValue, Detail::Name(excerpt(code)));
                self.pop();
            }
            ok
        });
        let address = self.opt_text(obj, "address");
        let phone = self.opt_string(obj, "phone");
        let hotline = self.opt_string(obj, "hotline");
        let email = self.opt_string(obj, "email");
        let url = self.opt_url(obj, "url");
        let opening_hours = self.opt_text(obj, "opening_hours");
        let map_url = self.opt_url(obj, "map_url");
        let formerly = self.text_list(obj, "formerly");
        self.soft -= 1;
        Some(Agency {
            id: id?,
            name: name?,
            level,
            address,
            phone,
            hotline,
            email,
            url,
            opening_hours,
            map_url,
            code,
            formerly,
        })
    }
}

#[cfg(any(test, feature = "to-json"))]
pub(crate) fn write(a: &Agency) -> Json<'static> {
    let mut e = Entries::new();
    put(&mut e, "id", s(&a.id));
    put(&mut e, "name", text(&a.name));
    put_opt(&mut e, "level", a.level.as_ref(), |l| s(l.as_str()));
    put_opt(&mut e, "address", a.address.as_ref(), text);
    put_opt(&mut e, "phone", a.phone.as_deref(), s);
    put_opt(&mut e, "hotline", a.hotline.as_deref(), s);
    put_opt(&mut e, "email", a.email.as_deref(), s);
    put_opt(&mut e, "url", a.url.as_deref(), s);
    put_opt(&mut e, "opening_hours", a.opening_hours.as_ref(), text);
    put_opt(&mut e, "map_url", a.map_url.as_deref(), s);
    put_opt(&mut e, "code", a.code.as_deref(), s);
    put_list(&mut e, "formerly", &a.formerly, text);
    Json::Object(e)
}
