<h1 class="font-weight-bold text-uppercase" style="font-size:1.5rem;">TÉCNICO APOYO EN ASUNTOS LEGALES</h1>
<hr>
<h2 class="font-weight-bold text-uppercase" style="font-size:1.25rem;">FUNCIÓN GENERAL DEL CARGO</h2>
<p>Desarrollar las actividades inherentes a la asesoría jurídica en la contratación del personal y respuesta de las solicitudes de carácter legal inherentes para su posterior revisión en caso de ser necesario.</p>
<h2 class="font-weight-bold text-uppercase" style="font-size:1.25rem;">EDUCACIÓN Y CONOCIMIENTOS</h2>
<p>Mínimo ocho (8) semestres de carrera profesional en Derecho.</p>
<h2 class="font-weight-bold text-uppercase" style="font-size:1.25rem;">EXPERIENCIA</h2>
<p>Un (1) años en cargos relacionados</p>
<h2 class="font-weight-bold text-uppercase" style="font-size:1.25rem;">FUNCIONES ESPECIFICAS</h2>
<ul>
  <li>Tramitar Derechos de Petición y reclamaciones que sean elevadas al Grupo Gestión del Talento Humano.</li>
  <li>Dar respuesta a los Derechos de Petición y radicaciones en temas pensionales y de seguridad social inherentes al Grupo Gestión del Talento Humano.</li>
  <li>Proyectar Órdenes Presidenciales referentes a reconocimientos de pensiones e indemnizaciones sustitutivas.</li>
  <li>Recopilar y consolidar información para dar respuestas a solicitudes elevadas por la Oficina Asesora Jurídica.</li>
</ul>

<hr>

<button type="button" class="btn btn-success" data-toggle="modal" data-target="#postulacionModal">Postularme al cargo</button>

<!-- Modal -->
<div class="modal fade" id="postulacionModal" tabindex="-1" role="dialog" aria-labelledby="postulacionModalLabel" aria-hidden="true">
  <div class="modal-dialog" role="document">
    <div class="modal-content">
      <div class="modal-header">
        <h5 class="modal-title" id="postulacionModalLabel">Postúlate</h5>
        <button type="button" class="close" data-dismiss="modal" aria-label="Close">
          <span aria-hidden="true">&times;</span>
        </button>
      </div>
      <div class="modal-body">
        <aspirante-form></aspirante-form>
      </div>
      <div class="modal-footer">
        <button type="button" class="btn btn-secondary" data-dismiss="modal">Close</button>
        <button type="button" class="btn btn-primary">Save changes</button>
      </div>
    </div>
  </div>
</div>

